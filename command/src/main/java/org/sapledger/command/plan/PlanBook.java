package org.sapledger.command.plan;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.sapledger.domain.plan.Measure;

/**
 * The plans of one property, their scenarios and each scenario's measures in order: the part of the property
 * aggregate's state that the plan commands check. Changed only by the aggregate's event sourcing handlers.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class PlanBook {

    private Map<String, PlanEntry> plans = new LinkedHashMap<>();
    private Map<String, ScenarioEntry> scenarios = new LinkedHashMap<>();

    /** A plan: its name and the ids of its scenarios by name. */
    public record PlanEntry(String name, Map<String, String> scenarioIdsByName) {
    }

    /** A scenario: the plan it belongs to, its name and its measures by id, in the order they were added. */
    public record ScenarioEntry(String planId, String name, Map<String, Measure> measures) {
    }

    public Optional<PlanEntry> plan(String planId) {
        return Optional.ofNullable(plans.get(planId));
    }

    public Optional<ScenarioEntry> scenario(String scenarioId) {
        return Optional.ofNullable(scenarios.get(scenarioId));
    }

    public boolean hasPlanNamed(String name) {
        return plans.values().stream().anyMatch(plan -> plan.name().equalsIgnoreCase(name));
    }

    public boolean hasPlanOrScenarioId(String id) {
        return plans.containsKey(id) || scenarios.containsKey(id);
    }

    public void planCreated(String planId, String name) {
        plans.put(planId, new PlanEntry(name, new LinkedHashMap<>()));
    }

    public void scenarioAdded(String planId, String scenarioId, String name) {
        plans.get(planId).scenarioIdsByName().put(name.toLowerCase(Locale.ROOT), scenarioId);
        scenarios.put(scenarioId, new ScenarioEntry(planId, name, new LinkedHashMap<>()));
    }

    public void measureAdded(String scenarioId, String measureId, Measure measure) {
        scenarios.get(scenarioId).measures().put(measureId, measure);
    }

    public void measureRemoved(String scenarioId, String measureId) {
        scenarios.get(scenarioId).measures().remove(measureId);
    }

    /** Whether the plan already has a scenario of this name (names compare without case). */
    public boolean planHasScenarioNamed(String planId, String name) {
        return plan(planId).map(plan -> plan.scenarioIdsByName().containsKey(name.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    /** Whether any scenario has a measure with this id. */
    public boolean hasMeasureId(String measureId) {
        return scenarios.values().stream().anyMatch(scenario -> scenario.measures().containsKey(measureId));
    }
}
