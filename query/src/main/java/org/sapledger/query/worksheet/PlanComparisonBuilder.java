package org.sapledger.query.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sapledger.calc.LineValue;
import org.sapledger.domain.dwelling.validation.Violation;
import org.sapledger.domain.worksheet.CoolingDifference;
import org.sapledger.domain.worksheet.CoolingFigures;
import org.sapledger.domain.worksheet.Difference;
import org.sapledger.domain.worksheet.PlanComparison;
import org.sapledger.domain.worksheet.ScenarioComparison;

/** Puts a plan's scenario worksheets beside the baseline's: (107), (108), (221) and (107)m with their changes. */
final class PlanComparisonBuilder {

    private PlanComparisonBuilder() {
    }

    static PlanComparison build(String planId, String planName, long version, WorksheetState baseline,
                                List<WorksheetState> scenarios) {
        CoolingFigures base = figures(baseline);
        List<ScenarioComparison> columns = new ArrayList<>();
        for (WorksheetState scenario : scenarios) {
            CoolingFigures figures = figures(scenario);
            columns.add(new ScenarioComparison(scenario.subjectId(), scenario.name(), figures,
                    base == null || figures == null ? null : difference(base, figures), scenario.measures(),
                    describe(scenario.problems())));
        }
        return new PlanComparison(planId, planName, baseline.propertyId(), version, baseline.basis().name(), base,
                describe(baseline.problems()), columns);
    }

    /** The cooling figures of a worksheet, null when it has no lines. */
    static CoolingFigures figures(WorksheetState worksheet) {
        Map<String, LineValue> lines = worksheet.lines();
        if (lines == null) {
            return null;
        }
        return new CoolingFigures(scalar(lines, "107_total"), scalar(lines, "108"), scalar(lines, "221_total"),
                ((LineValue.Monthly) lines.get("107")).values());
    }

    static CoolingDifference difference(CoolingFigures baseline, CoolingFigures scenario) {
        List<Difference> monthly = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            monthly.add(Difference.of(baseline.monthlyRequirementKwh().get(m),
                    scenario.monthlyRequirementKwh().get(m)));
        }
        return new CoolingDifference(Difference.of(baseline.requirementKwh(), scenario.requirementKwh()),
                Difference.of(baseline.requirementPerAreaKwhM2(), scenario.requirementPerAreaKwhM2()),
                Difference.of(baseline.electricityKwh(), scenario.electricityKwh()), monthly);
    }

    private static double scalar(Map<String, LineValue> lines, String key) {
        LineValue value = lines.get(key);
        return value == null ? 0 : ((LineValue.Scalar) value).value();
    }

    private static List<String> describe(List<Violation> problems) {
        return problems.stream().map(Violation::toString).toList();
    }
}
