package org.sapledger.query.worksheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the worksheet of every property's baseline and of every scenario, on both climate bases, current with
 * each event: the new inputs come from the event ({@link BaselineEvolution}, a scenario's measures), and the lines
 * from the stored ones through calc's incremental evaluator, re-evaluating only what the changed inputs reach.
 * A baseline change moves every scenario of the property too. The lines are evaluated when the batch writes them
 * ({@link WorksheetEvaluation}): a batch with many events of one property (a rebuild, a backlog) evaluates each of
 * its worksheets at most twice, and they read as if every event had been evaluated in turn.
 *
 * <p>Each event is applied once: {@code worksheet_version} tells which events the tables already reflect, so a
 * replay or a retried batch changes nothing. The worksheets of recently changed properties are kept in memory
 * (bounded) and used only while {@code worksheet_version} still says they are current, so a batch rolled back, or
 * a segment that another node worked on meanwhile, falls back to the tables.
 */
@Component
@ProcessingGroup(WorksheetProjection.PROCESSING_GROUP)
public class WorksheetProjection {

    /** The event processor that runs this projection. */
    public static final String PROCESSING_GROUP = "worksheets";

    private static final List<CalculationBasis> BASES = List.of(CalculationBasis.RATING, CalculationBasis.LOCAL);

    private final WorksheetStore store;
    private final Map<String, PropertyWorksheets> recent;

    WorksheetProjection(WorksheetStore store, @Value("${sapledger.worksheets.cache-size:256}") int cacheSize) {
        this.store = store;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PropertyWorksheets> eldest) {
                return size() > cacheSize;
            }
        });
    }

    @EventHandler
    void on(PropertyRegistered event, @SequenceNumber long version) {
        Dwelling baseline = BaselineEvolution.initial(event);
        change(event.propertyId(), version, worksheets -> {
            for (CalculationBasis basis : BASES) {
                worksheets.put(new WorksheetState(event.propertyId(), basis, event.propertyId(), null, null, 0,
                        version, WorksheetEvaluation.fresh(basis, baseline), List.of(), null));
            }
        });
    }

    @EventHandler
    void on(BaselineEvent event, @SequenceNumber long version) {
        change(event.propertyId(), version, worksheets -> {
            Dwelling previousInputs = null;
            Dwelling newBaseline = null;
            for (CalculationBasis basis : BASES) {
                WorksheetState baseline = worksheets.current().baseline(basis);
                // both bases hold the same inputs: evolve them once, so both rows share one instance (and one JSON)
                if (newBaseline == null || !baseline.inputs().equals(previousInputs)) {
                    previousInputs = baseline.inputs();
                    newBaseline = BaselineEvolution.apply(baseline.inputs(), event);
                }
                worksheets.put(baseline.changedTo(version, newBaseline, List.of()));
                for (WorksheetState scenario : worksheets.current().scenarios(basis)) {
                    worksheets.put(moved(scenario, newBaseline, scenario.measures(), version));
                }
            }
        });
    }

    @EventHandler
    void on(PostcodeChanged event, @SequenceNumber long version) {
        change(event.propertyId(), version, worksheets -> {
        });
    }

    @EventHandler
    void on(PlanCreated event, @SequenceNumber long version) {
        change(event.propertyId(), version, worksheets -> worksheets.plan(event.planId(), event.name()));
    }

    @EventHandler
    void on(ScenarioAdded event, @SequenceNumber long version) {
        change(event.propertyId(), version, worksheets -> {
            int position = worksheets.current().nextScenarioPosition();
            for (CalculationBasis basis : BASES) {
                WorksheetState baseline = worksheets.current().baseline(basis);
                // a scenario without measures is the baseline: its lines are the baseline's (evaluated now if pending)
                worksheets.put(new WorksheetState(event.scenarioId(), basis, event.propertyId(), event.planId(),
                        event.name(), position, version, baseline.inputs(), baseline.worksheet(), baseline.problems(),
                        List.of(), List.of()));
            }
        });
    }

    @EventHandler
    void on(MeasureAdded event, @SequenceNumber long version) {
        change(event.propertyId(), version, worksheets -> {
            for (CalculationBasis basis : BASES) {
                WorksheetState scenario = worksheets.current().get(event.scenarioId(), basis).orElseThrow();
                List<MeasureState> measures = new ArrayList<>(scenario.measures());
                measures.add(new MeasureState(event.measureId(), event.measure(), MeasureState.Status.APPLIED));
                worksheets.put(moved(scenario, worksheets.current().baseline(basis).inputs(), measures, version));
            }
        });
    }

    @EventHandler
    void on(MeasureRemoved event, @SequenceNumber long version) {
        change(event.propertyId(), version, worksheets -> {
            for (CalculationBasis basis : BASES) {
                WorksheetState scenario = worksheets.current().get(event.scenarioId(), basis).orElseThrow();
                List<MeasureState> measures = scenario.measures().stream()
                        .filter(measure -> !measure.measureId().equals(event.measureId()))
                        .toList();
                worksheets.put(moved(scenario, worksheets.current().baseline(basis).inputs(), measures, version));
            }
        });
    }

    @ResetHandler
    void reset() {
        recent.clear();
        store.deleteAll();
    }

    /**
     * Applies one event of a property unless the tables already reflect it: takes the property's worksheets as this
     * batch left them, or from memory while still current, or from the tables; lets {@code change} put the changed
     * ones; and leaves the result in the batch. The batch writes each property's final worksheets once, when it
     * commits, so a batch of many events of one property costs one write per worksheet, not one per event.
     */
    private void change(String propertyId, long version, Consumer<Changes> change) {
        BatchWrites batch = BatchWrites.current(store, recent);
        PropertyWorksheets current = batch.pending(propertyId);
        if (current == null) {
            Optional<Long> applied = batch.appliedVersion(propertyId);
            if (applied.isPresent() && applied.get() >= version) {
                return;
            }
            current = recent.get(propertyId);
            if (applied.isEmpty()) {
                // not seen yet: no rows either, as a property's rows and its version are written together
                current = PropertyWorksheets.of(propertyId, -1L, List.of());
            } else if (current == null || current.version() != applied.get()) {
                current = PropertyWorksheets.of(propertyId, applied.get(), store.ofProperty(propertyId));
            }
        } else if (current.version() >= version) {
            return;
        }
        Changes changes = new Changes(current);
        change.accept(changes);
        batch.put(new PropertyWorksheets(propertyId, version, changes.all), changes.changed);
    }

    private static WorksheetState moved(WorksheetState scenario, Dwelling baseline, List<MeasureState> measures,
                                        long version) {
        WorksheetCalculator.ScenarioInputs inputs = WorksheetCalculator.scenario(baseline, measures);
        return scenario.changedTo(version, inputs.dwelling(), inputs.measures());
    }

    /**
     * The worksheets one event changes, on top of the property's current ones: one copy of the property's
     * worksheets per event, which the event's changes are put into.
     */
    private final class Changes {

        private final PropertyWorksheets before;
        private final Map<PropertyWorksheets.Key, WorksheetState> all;
        private final Set<PropertyWorksheets.Key> changed = new LinkedHashSet<>();
        private final PropertyWorksheets current;

        Changes(PropertyWorksheets before) {
            this.before = before;
            this.all = new LinkedHashMap<>(before.worksheets());
            this.current = new PropertyWorksheets(before.propertyId(), before.version(), all);
        }

        void plan(String planId, String name) {
            store.insertPlan(planId, before.propertyId(), name);
        }

        void put(WorksheetState state) {
            PropertyWorksheets.Key key = new PropertyWorksheets.Key(state.subjectId(), state.basis());
            all.put(key, state);
            changed.add(key);
        }

        /** The property's worksheets with this event's changes so far (a live view: later puts show in it). */
        PropertyWorksheets current() {
            return current;
        }
    }
}
