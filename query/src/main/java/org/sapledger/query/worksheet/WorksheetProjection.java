package org.sapledger.query.worksheet;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.plan.MeasureAdded;
import org.sapledger.domain.plan.MeasureRemoved;
import org.sapledger.domain.plan.PlanCreated;
import org.sapledger.domain.plan.ScenarioAdded;
import org.sapledger.domain.property.BaselineEvent;
import org.sapledger.domain.property.BaselineEvolution;
import org.sapledger.domain.property.PostcodeChanged;
import org.sapledger.domain.property.PropertyRegistered;
import org.sapledger.domain.worksheet.MeasureState;
import org.springframework.stereotype.Component;

/**
 * Keeps the worksheet of every property's baseline and of every scenario, on both climate bases, current with
 * each event: the new inputs come from the event ({@link BaselineEvolution}, a scenario's measures), and the lines
 * from the stored ones through calc's incremental evaluator, re-evaluating only what the changed inputs reach.
 * A baseline change moves every scenario of the property too. Each event is applied once: the property's
 * {@code worksheet_version} tells which events the tables already reflect, so a replay or a retried batch changes
 * nothing.
 */
@Component
@ProcessingGroup(WorksheetProjection.PROCESSING_GROUP)
public class WorksheetProjection {

    /** The event processor that runs this projection. */
    public static final String PROCESSING_GROUP = "worksheets";

    private static final List<CalculationBasis> BASES = List.of(CalculationBasis.RATING, CalculationBasis.LOCAL);

    private final WorksheetStore store;

    WorksheetProjection(WorksheetStore store) {
        this.store = store;
    }

    @EventHandler
    void on(PropertyRegistered event, @SequenceNumber long version) {
        if (alreadyApplied(event.propertyId(), version)) {
            return;
        }
        Dwelling baseline = BaselineEvolution.initial(event);
        for (CalculationBasis basis : BASES) {
            WorksheetCalculator.Result result = WorksheetCalculator.fresh(baseline, basis);
            store.save(new WorksheetState(event.propertyId(), basis, event.propertyId(), null, null, 0, version,
                    result.inputs(), result.lines(), result.problems(), List.of(), result.evaluatedLines()));
        }
        store.setVersion(event.propertyId(), version);
    }

    @EventHandler
    void on(BaselineEvent event, @SequenceNumber long version) {
        if (alreadyApplied(event.propertyId(), version)) {
            return;
        }
        for (CalculationBasis basis : BASES) {
            List<WorksheetState> worksheets = store.ofProperty(event.propertyId(), basis);
            WorksheetState baseline = worksheets.get(0);
            Dwelling newBaseline = BaselineEvolution.apply(baseline.inputs(), event);
            store.save(baseline.evolved(version, WorksheetCalculator.change(baseline, newBaseline), List.of()));
            for (WorksheetState scenario : worksheets.subList(1, worksheets.size())) {
                moveScenario(scenario, newBaseline, scenario.measures(), version);
            }
        }
        store.setVersion(event.propertyId(), version);
    }

    @EventHandler
    void on(PostcodeChanged event, @SequenceNumber long version) {
        if (!alreadyApplied(event.propertyId(), version)) {
            store.setVersion(event.propertyId(), version);
        }
    }

    @EventHandler
    void on(PlanCreated event, @SequenceNumber long version) {
        if (alreadyApplied(event.propertyId(), version)) {
            return;
        }
        store.insertPlan(event.planId(), event.propertyId(), event.name());
        store.setVersion(event.propertyId(), version);
    }

    @EventHandler
    void on(ScenarioAdded event, @SequenceNumber long version) {
        if (alreadyApplied(event.propertyId(), version)) {
            return;
        }
        int position = store.nextScenarioPosition(event.propertyId());
        for (CalculationBasis basis : BASES) {
            WorksheetState baseline = store.find(event.propertyId(), basis).orElseThrow();
            // a scenario without measures is the baseline: its lines are the baseline's, nothing to evaluate
            store.save(new WorksheetState(event.scenarioId(), basis, event.propertyId(), event.planId(),
                    event.name(), position, version, baseline.inputs(), baseline.lines(), baseline.problems(),
                    List.of(), List.of()));
        }
        store.setVersion(event.propertyId(), version);
    }

    @EventHandler
    void on(MeasureAdded event, @SequenceNumber long version) {
        if (alreadyApplied(event.propertyId(), version)) {
            return;
        }
        for (CalculationBasis basis : BASES) {
            WorksheetState scenario = store.find(event.scenarioId(), basis).orElseThrow();
            List<MeasureState> measures = new ArrayList<>(scenario.measures());
            measures.add(new MeasureState(event.measureId(), event.measure(), MeasureState.Status.APPLIED));
            moveScenario(scenario, baselineOf(scenario), measures, version);
        }
        store.setVersion(event.propertyId(), version);
    }

    @EventHandler
    void on(MeasureRemoved event, @SequenceNumber long version) {
        if (alreadyApplied(event.propertyId(), version)) {
            return;
        }
        for (CalculationBasis basis : BASES) {
            WorksheetState scenario = store.find(event.scenarioId(), basis).orElseThrow();
            List<MeasureState> measures = scenario.measures().stream()
                    .filter(measure -> !measure.measureId().equals(event.measureId()))
                    .toList();
            moveScenario(scenario, baselineOf(scenario), measures, version);
        }
        store.setVersion(event.propertyId(), version);
    }

    @ResetHandler
    void reset() {
        store.deleteAll();
    }

    private void moveScenario(WorksheetState scenario, Dwelling baseline, List<MeasureState> measures,
                              long version) {
        WorksheetCalculator.ScenarioInputs inputs = WorksheetCalculator.scenario(baseline, measures);
        store.save(scenario.evolved(version, WorksheetCalculator.change(scenario, inputs.dwelling()),
                inputs.measures()));
    }

    private Dwelling baselineOf(WorksheetState scenario) {
        return store.find(scenario.propertyId(), scenario.basis()).orElseThrow().inputs();
    }

    private boolean alreadyApplied(String propertyId, long version) {
        return store.version(propertyId).map(applied -> applied >= version).orElse(false);
    }
}
