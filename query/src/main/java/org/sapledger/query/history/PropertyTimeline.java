package org.sapledger.query.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.plan.MeasureAdded;
import org.sapledger.domain.plan.MeasureRemoved;
import org.sapledger.domain.plan.ScenarioAdded;
import org.sapledger.domain.property.BaselineEvent;
import org.sapledger.domain.property.BaselineEvolution;
import org.sapledger.domain.property.PropertyRegistered;
import org.sapledger.domain.worksheet.MeasureState;
import org.sapledger.query.worksheet.WorksheetCalculator;

/**
 * A property's worksheet inputs folded from its events: the baseline and each scenario's plan, name and measures.
 * The same pure functions as the live projection ({@link BaselineEvolution}, the scenario's measures), so a replay
 * to the latest version gives the projection's inputs exactly; nothing depends on wall-clock time.
 */
final class PropertyTimeline {

    private Dwelling baseline;
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();

    /** A scenario's plan, name and measures in order. */
    record Scenario(String planId, String name, List<MeasureState> measures) {
    }

    /**
     * The folded state, for a checkpoint.
     *
     * @param baseline  the baseline dwelling
     * @param scenarios every scenario by id, in the order added
     */
    record State(Dwelling baseline, LinkedHashMap<String, Scenario> scenarios) {
    }

    PropertyTimeline() {
    }

    /** A timeline continuing from a checkpoint. */
    PropertyTimeline(State state) {
        this.baseline = state.baseline();
        this.scenarios.putAll(state.scenarios());
    }

    State state() {
        return new State(baseline, new LinkedHashMap<>(scenarios));
    }

    /** Applies one event of the property. */
    void apply(Object event) {
        if (event instanceof PropertyRegistered registered) {
            baseline = BaselineEvolution.initial(registered);
        } else if (event instanceof BaselineEvent change) {
            baseline = BaselineEvolution.apply(baseline, change);
        } else if (event instanceof ScenarioAdded added) {
            scenarios.put(added.scenarioId(), new Scenario(added.planId(), added.name(), List.of()));
        } else if (event instanceof MeasureAdded added) {
            Scenario scenario = scenarios.get(added.scenarioId());
            List<MeasureState> measures = new ArrayList<>(scenario.measures());
            measures.add(new MeasureState(added.measureId(), added.measure(), MeasureState.Status.APPLIED));
            scenarios.put(added.scenarioId(), new Scenario(scenario.planId(), scenario.name(), measures));
        } else if (event instanceof MeasureRemoved removed) {
            Scenario scenario = scenarios.get(removed.scenarioId());
            scenarios.put(removed.scenarioId(), new Scenario(scenario.planId(), scenario.name(),
                    scenario.measures().stream().filter(m -> !m.measureId().equals(removed.measureId())).toList()));
        }
    }

    boolean started() {
        return baseline != null;
    }

    Dwelling baseline() {
        return baseline;
    }

    boolean hasScenario(String scenarioId) {
        return scenarios.containsKey(scenarioId);
    }

    Scenario scenario(String scenarioId) {
        return scenarios.get(scenarioId);
    }

    /** A scenario's inputs: the baseline with its measures, each applied or not applicable. */
    WorksheetCalculator.ScenarioInputs scenarioInputs(String scenarioId) {
        return WorksheetCalculator.scenario(baseline, scenarios.get(scenarioId).measures());
    }
}
