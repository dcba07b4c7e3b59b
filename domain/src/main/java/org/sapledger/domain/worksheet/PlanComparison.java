package org.sapledger.domain.worksheet;

import java.util.List;

/**
 * A plan's scenarios side by side with the baseline: what a planner puts in front of a client.
 *
 * @param planId           the plan's id
 * @param planName         its name
 * @param propertyId       the property it belongs to
 * @param version          the property version the figures reflect
 * @param basis            the climate basis of every figure: RATING (UK average) or LOCAL
 * @param baseline         the baseline's cooling figures; null when the baseline cannot be calculated
 * @param baselineProblems why the baseline cannot be calculated, empty when it can
 * @param scenarios        the plan's scenarios in the order they were added
 */
public record PlanComparison(String planId, String planName, String propertyId, long version, String basis,
        CoolingFigures baseline, List<String> baselineProblems, List<ScenarioComparison> scenarios) {

    public PlanComparison {
        baselineProblems = List.copyOf(baselineProblems);
        scenarios = List.copyOf(scenarios);
    }
}
