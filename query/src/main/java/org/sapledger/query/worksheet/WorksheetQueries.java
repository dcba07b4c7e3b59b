package org.sapledger.query.worksheet;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.domain.property.FindBaseline;
import org.sapledger.domain.property.PropertyBaseline;
import org.sapledger.domain.worksheet.FindPlanComparison;
import org.sapledger.domain.worksheet.FindWorksheet;
import org.sapledger.domain.worksheet.FindWorksheetVersion;
import org.sapledger.domain.worksheet.PlanComparison;
import org.sapledger.domain.worksheet.WorksheetView;
import org.springframework.stereotype.Component;

/** Answers the worksheet queries from the tables the {@link WorksheetProjection} keeps. */
@Component
public class WorksheetQueries {

    private final WorksheetStore store;

    WorksheetQueries(WorksheetStore store) {
        this.store = store;
    }

    @QueryHandler
    public Optional<WorksheetView> handle(FindWorksheet query) {
        CalculationBasis basis = basis(query.basis());
        return store.find(query.subjectId(), basis).map(state -> new WorksheetView(state.subjectId(),
                state.propertyId(), state.planId(), state.name(),
                store.version(state.propertyId()).orElse(state.version()), basis.name(), lines(state),
                state.problems().stream().map(Object::toString).toList(), state.measures(),
                state.evaluatedLines()));
    }

    /** The current baseline: the inputs of the property's baseline worksheet. */
    @QueryHandler
    public Optional<PropertyBaseline> handle(FindBaseline query) {
        return store.find(query.propertyId(), CalculationBasis.RATING)
                .filter(state -> !state.isScenario())
                .map(state -> new PropertyBaseline(query.propertyId(),
                        store.version(query.propertyId()).orElse(state.version()), state.inputs()));
    }

    @QueryHandler
    public Optional<Long> handle(FindWorksheetVersion query) {
        return store.versionOfSubject(query.subjectId());
    }

    @QueryHandler
    public Optional<PlanComparison> handle(FindPlanComparison query) {
        CalculationBasis basis = basis(query.basis());
        return store.plan(query.planId()).flatMap(plan -> store.find(plan[0], basis).map(baseline ->
                PlanComparisonBuilder.build(query.planId(), plan[1], store.version(plan[0]).orElse(0L), baseline,
                        store.ofPlan(query.planId(), basis))));
    }

    /** The lines in worksheet order, as JSON-ready values: a number, or twelve numbers for a monthly line. */
    private static Map<String, Object> lines(WorksheetState state) {
        if (state.lines() == null) {
            return Map.of();
        }
        return WorksheetLines.toJson(state.lines());
    }

    private static CalculationBasis basis(String name) {
        return CalculationBasis.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
