package org.sapledger.app.web.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.web.comparison.ComparisonFixtures.airConditioning;
import static org.sapledger.app.web.comparison.ComparisonFixtures.broken;
import static org.sapledger.app.web.comparison.ComparisonFixtures.comparison;
import static org.sapledger.app.web.comparison.ComparisonFixtures.wallInsulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sapledger.domain.worksheet.PlanComparison;
import org.sapledger.domain.worksheet.ScenarioComparison;

class ComparisonCsvTest {

    private static final String HEADER = "subject,scenario_id,status,107_total_kwh,107_change_kwh,107_change_pct,"
            + "108_kwh_m2,108_change,108_change_pct,221_total_kwh,221_change_kwh,221_change_pct,"
            + "107_jan_kwh,107_feb_kwh,107_mar_kwh,107_apr_kwh,107_may_kwh,107_jun_kwh,"
            + "107_jul_kwh,107_aug_kwh,107_sep_kwh,107_oct_kwh,107_nov_kwh,107_dec_kwh,measures";

    private final ComparisonCsv csv = new ComparisonCsv();

    private static List<String> lines(String text) {
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        return Arrays.asList(text.substring(0, text.length() - 2).split("\r\n", -1));
    }

    @Test
    void aHeaderThenTheBaselineThenEachScenarioInOrder() {
        List<String> lines = lines(csv.render(comparison("Summer plan", wallInsulation(), airConditioning())));

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(HEADER);
        assertThat(lines.get(0).split(",")).hasSize(25);
        assertThat(lines.get(1)).isEqualTo("Baseline,,ok,120.434,,,1.50542,,,0,,,0,0,0,0,0,20.1,45.3,40.034,15,0,0,0,");
        assertThat(lines.get(2)).isEqualTo("Wall insulation,s-1,ok,100,-20.434,-16.966976,1.25,-0.25542,-16.96669,"
                + "0,0,,0,0,0,0,0,16,38,33,13,0,0,0,CHANGE_U_VALUE:APPLIED; REMOVE_ELEMENT:NOT_APPLICABLE");
        assertThat(lines.get(3)).isEqualTo("\"Add AC, \"\"big\"\" unit\",s-2,ok,180.5,60.066,49.874621,2.25625,"
                + "0.75083,49.875,35.392157,35.392157,,0,0,0,0,4.5,30,62,58,26,0,0,0,SET_COOLING:APPLIED");
    }

    @Test
    void aNameWithACommaAndAQuoteIsQuotedWithTheQuoteDoubled() {
        String text = csv.render(comparison("Plan", airConditioning()));

        assertThat(text).contains("\r\n\"Add AC, \"\"big\"\" unit\",s-2,");
        assertThat(parseRfc4180(text).get(2).get(0)).isEqualTo(ComparisonFixtures.QUOTED_NAME);
    }

    @Test
    void aScenarioThatCannotBeCalculatedHasEmptyFiguresAndItsProblemsAsStatus() {
        List<List<String>> rows = parseRfc4180(csv.render(comparison("Plan", wallInsulation(), broken())));

        List<String> row = rows.get(3);
        assertThat(row).hasSize(25);
        assertThat(row.get(0)).isEqualTo("Extension");
        assertThat(row.get(1)).isEqualTo("s-3");
        assertThat(row.get(2)).isEqualTo("element w9 is gone; cooled area exceeds the floor area");
        assertThat(row.subList(3, 24)).allMatch(String::isEmpty);
        assertThat(row.get(24)).isEqualTo("REMOVE_COOLING:APPLIED");
    }

    @Test
    void nullPercentagesAreEmptyCells() {
        List<String> row = parseRfc4180(csv.render(comparison("Plan", wallInsulation()))).get(2);

        assertThat(row.get(9)).isEqualTo("0");  // 221_total_kwh
        assertThat(row.get(10)).isEqualTo("0"); // 221_change_kwh
        assertThat(row.get(11)).isEmpty();      // 221_change_pct: the baseline's (221) is 0
    }

    @Test
    void aBaselineThatCannotBeCalculatedLeavesItsRowAndTheScenarioChangesEmpty() {
        ScenarioComparison scenario = wallInsulation();
        ScenarioComparison unchanged = new ScenarioComparison(scenario.scenarioId(), scenario.name(),
                scenario.figures(), null, scenario.measures(), List.of());
        PlanComparison comparison = new PlanComparison("p-1", "Plan", "prop-1", 3, "LOCAL", null,
                List.of("no storeys"), List.of(unchanged));

        List<List<String>> rows = parseRfc4180(csv.render(comparison));

        assertThat(rows.get(1).get(2)).isEqualTo("no storeys");
        assertThat(rows.get(1).subList(3, 25)).allMatch(String::isEmpty);
        assertThat(rows.get(2).get(3)).isEqualTo("100");
        assertThat(List.of(rows.get(2).get(4), rows.get(2).get(5), rows.get(2).get(7), rows.get(2).get(10)))
                .allMatch(String::isEmpty);
    }

    @Test
    void numbersAreFixedPointWithAPointWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Decimals.fixed(120.434, 6)).isEqualTo("120.434");
            assertThat(Decimals.fixed(0.0, 6)).isEqualTo("0");
            assertThat(Decimals.fixed(-0.0, 6)).isEqualTo("0");
            assertThat(Decimals.fixed(-1e-9, 6)).isEqualTo("0");
            assertThat(Decimals.fixed(1e-7, 6)).isEqualTo("0");
            assertThat(Decimals.fixed(5e-6, 6)).isEqualTo("0.000005");
            assertThat(Decimals.fixed(1.5e7, 6)).isEqualTo("15000000");
            assertThat(Decimals.fixed(1e21, 6)).isEqualTo("1000000000000000000000");
            assertThat(Decimals.fixed(2.0000004, 6)).isEqualTo("2");
            assertThat(Decimals.fixed(Double.NaN, 6)).isEmpty();

            List<List<String>> rows =
                    parseRfc4180(csv.render(comparison("Plan", wallInsulation(), airConditioning())));
            for (List<String> row : rows.subList(1, rows.size())) {
                assertThat(row.subList(3, 24))
                        .allMatch(cell -> cell.isEmpty() || cell.matches("-?\\d+(\\.\\d{1,6})?"));
            }
            assertThat(rows.get(1).get(6)).isEqualTo("1.50542");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void textThatASpreadsheetWouldEvaluateIsDefused() {
        ScenarioComparison scenario = wallInsulation();
        ScenarioComparison formula = new ScenarioComparison("s-9", "=HYPERLINK(\"http://x\",\"y\")",
                scenario.figures(), scenario.change(), List.of(), List.of());

        List<String> row = parseRfc4180(csv.render(comparison("Plan", formula))).get(2);

        assertThat(row.get(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(row.get(4)).isEqualTo("-20.434"); // numbers keep their sign
    }

    @Test
    void sameInputSameText() {
        PlanComparison comparison = comparison("Plan", wallInsulation(), airConditioning(), broken());

        assertThat(csv.render(comparison)).isEqualTo(csv.render(comparison));
    }

    /** A strict RFC 4180 reader, to check the writer against. */
    private static List<List<String>> parseRfc4180(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
            i++;
        }
        assertThat(row).isEmpty();
        return rows;
    }
}
