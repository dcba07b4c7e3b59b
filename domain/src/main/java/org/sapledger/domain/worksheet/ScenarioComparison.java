package org.sapledger.domain.worksheet;

import java.util.List;

/**
 * One scenario of a plan comparison.
 *
 * @param scenarioId the scenario's id
 * @param name       its name
 * @param figures    its cooling figures; null when its dwelling cannot be calculated (see problems)
 * @param change     its figures against the baseline's; null when either cannot be calculated
 * @param measures   its measures in order, each applied or not applicable
 * @param problems   why the scenario cannot be calculated, empty when it can
 */
public record ScenarioComparison(String scenarioId, String name, CoolingFigures figures, CoolingDifference change,
        List<MeasureState> measures, List<String> problems) {

    public ScenarioComparison {
        measures = List.copyOf(measures);
        problems = List.copyOf(problems);
    }
}
