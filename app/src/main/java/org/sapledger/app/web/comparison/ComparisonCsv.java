package org.sapledger.app.web.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.sapledger.app.web.Csv;
import org.sapledger.domain.WireNames;
import org.sapledger.domain.worksheet.CoolingDifference;
import org.sapledger.domain.worksheet.CoolingFigures;
import org.sapledger.domain.worksheet.Difference;
import org.sapledger.domain.worksheet.MeasureState;
import org.sapledger.domain.worksheet.PlanComparison;

/**
 * A plan comparison as RFC 4180 CSV: a header row, then one row for the baseline and one per scenario in order.
 *
 * <p>Columns: {@code subject, scenario_id, status}, then (107), (108) and (221) each as the figure, its change
 * against the baseline and that change in percent, then the twelve (107)m values January first, then
 * {@code measures} ({@code TYPE:status} joined with {@code "; "}). {@code status} is {@code ok} or the problems
 * joined with {@code "; "}. A cell is empty where a figure cannot be computed, where a percentage is undefined (a
 * zero baseline figure) and for the baseline's change columns.
 *
 * <p>Numbers are fixed-point with up to six decimals and no trailing zeros ({@code 120.434}, {@code 0}): no
 * exponent, no grouping, a point as decimal separator whatever the locale. Lines end in CRLF, the last one too.
 * Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
 * get a leading apostrophe, as OWASP advises for CSV meant to be opened in Excel; numbers are never altered.
 *
 * <p>Pure and deterministic: no state, no Spring, the same comparison always gives the same text.
 */
public final class ComparisonCsv {

    /** The media type to answer with. */
    public static final String MEDIA_TYPE = Csv.MEDIA_TYPE;

    static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    static final List<String> HEADER = header();

    private static final int DECIMALS = 6;

    public String render(PlanComparison comparison) {
        Objects.requireNonNull(comparison, "comparison");
        StringBuilder out = new StringBuilder(256 * (comparison.scenarios().size() + 2));
        Csv.appendRow(out, HEADER);
        for (Subject subject : Subject.of(comparison)) {
            Csv.appendRow(out, row(subject));
        }
        return out.toString();
    }

    private static List<String> header() {
        List<String> columns = new ArrayList<>(List.of("subject", "scenario_id", "status",
                "107_total_kwh", "107_change_kwh", "107_change_pct",
                "108_kwh_m2", "108_change", "108_change_pct",
                "221_total_kwh", "221_change_kwh", "221_change_pct"));
        MONTHS.forEach(month -> columns.add("107_" + month + "_kwh"));
        columns.add("measures");
        return List.copyOf(columns);
    }

    private static List<String> row(Subject subject) {
        CoolingFigures figures = subject.figures();
        CoolingDifference change = subject.isBaseline() ? null : subject.change();
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(Csv.text(subject.name()));
        cells.add(Csv.text(subject.scenarioId()));
        cells.add(Csv.text(status(subject)));
        cells.add(figures == null ? "" : number(figures.requirementKwh()));
        addChange(cells, change == null ? null : change.requirementKwh());
        cells.add(figures == null ? "" : number(figures.requirementPerAreaKwhM2()));
        addChange(cells, change == null ? null : change.requirementPerAreaKwhM2());
        cells.add(figures == null ? "" : number(figures.electricityKwh()));
        addChange(cells, change == null ? null : change.electricityKwh());
        List<Double> monthly = figures == null || figures.monthlyRequirementKwh() == null
                ? List.of() : figures.monthlyRequirementKwh();
        for (int month = 0; month < MONTHS.size(); month++) {
            Double value = month < monthly.size() ? monthly.get(month) : null;
            cells.add(value == null ? "" : number(value));
        }
        cells.add(Csv.text(measures(subject.measures())));
        return cells;
    }

    private static void addChange(List<String> cells, Difference difference) {
        cells.add(difference == null ? "" : number(difference.absolute()));
        cells.add(difference == null || difference.percent() == null ? "" : number(difference.percent()));
    }

    private static String status(Subject subject) {
        if (!subject.problems().isEmpty()) {
            return String.join("; ", subject.problems());
        }
        return subject.figures() == null ? "not calculable" : "ok";
    }

    private static String measures(List<MeasureState> measures) {
        return measures.stream()
                .map(state -> (state.measure() == null ? "UNKNOWN" : WireNames.typeName(state.measure().getClass()))
                        + ":" + (state.status() == null ? "UNKNOWN" : state.status().name()))
                .collect(Collectors.joining("; "));
    }

    private static String number(double value) {
        return Decimals.fixed(value, DECIMALS);
    }
}
