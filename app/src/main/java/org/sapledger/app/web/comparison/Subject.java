package org.sapledger.app.web.comparison;

import java.util.ArrayList;
import java.util.List;

import org.sapledger.domain.worksheet.CoolingDifference;
import org.sapledger.domain.worksheet.CoolingFigures;
import org.sapledger.domain.worksheet.MeasureState;
import org.sapledger.domain.worksheet.PlanComparison;
import org.sapledger.domain.worksheet.ScenarioComparison;

/**
 * One column of a comparison as the renderers see it: the baseline or a scenario.
 *
 * @param name       what a reader calls it: {@value #BASELINE_NAME} or the scenario's name
 * @param scenarioId the scenario's id, null for the baseline
 * @param index      0 for the baseline, 1.. for the scenarios in order
 * @param figures    its cooling figures, null when it cannot be calculated
 * @param change     its change against the baseline, null for the baseline or when not computable
 * @param measures   its measures (none for the baseline)
 * @param problems   why it cannot be calculated
 */
record Subject(String name, String scenarioId, int index, CoolingFigures figures, CoolingDifference change,
        List<MeasureState> measures, List<String> problems) {

    static final String BASELINE_NAME = "Baseline";

    /** The baseline first, then each scenario in order. */
    static List<Subject> of(PlanComparison comparison) {
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(BASELINE_NAME, null, 0, comparison.baseline(), null, List.of(),
                comparison.baselineProblems()));
        int index = 1;
        for (ScenarioComparison scenario : comparison.scenarios()) {
            String name = scenario.name() != null ? scenario.name()
                    : scenario.scenarioId() != null ? scenario.scenarioId() : "Scenario " + index;
            subjects.add(new Subject(name, scenario.scenarioId(), index, scenario.figures(), scenario.change(),
                    scenario.measures(), scenario.problems()));
            index++;
        }
        return subjects;
    }

    boolean isBaseline() {
        return index == 0;
    }

    /** Whether its figures are there, with the twelve monthly values a chart needs. */
    boolean calculable() {
        return figures != null && figures.monthlyRequirementKwh() != null
                && figures.monthlyRequirementKwh().size() == 12;
    }
}
