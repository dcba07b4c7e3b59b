package org.sapledger.query.worksheet;

import java.util.List;
import java.util.Map;

import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.validation.Violation;
import org.sapledger.domain.worksheet.MeasureState;

/**
 * One stored worksheet: of a property's baseline or of a scenario, on one climate basis.
 *
 * @param subjectId  the property id (baseline) or the scenario id
 * @param basis      the climate basis
 * @param propertyId the property
 * @param planId     the scenario's plan, null for a baseline
 * @param name       the scenario's name, null for a baseline
 * @param position   0 for a baseline; a scenario's position in the order scenarios were added
 * @param version    the property version at which the lines were last computed
 * @param evaluation the dwelling and its lines: evaluated, or evaluated when first read (see
 *                   {@link WorksheetEvaluation}); {@link #inputs()}, {@link #worksheet()}, {@link #problems()} and
 *                   {@link #evaluatedLines()} read them
 * @param measures   a scenario's measures with their status, empty for a baseline
 * @param ratingBase RATING basis: the base its row's lines are stored relative to ({@link StoredRatingLines}),
 *                   null before the row has one; LOCAL basis: null
 */
record WorksheetState(String subjectId, CalculationBasis basis, String propertyId, String planId, String name,
        int position, long version, WorksheetEvaluation evaluation, List<MeasureState> measures,
        RatingLinesBase ratingBase) {

    /** A worksheet already evaluated, whose row has no stored base yet (a new subject, or the LOCAL basis). */
    WorksheetState(String subjectId, CalculationBasis basis, String propertyId, String planId, String name,
                   int position, long version, Dwelling inputs, Worksheet worksheet, List<Violation> problems,
                   List<MeasureState> measures, List<String> evaluatedLines) {
        this(subjectId, basis, propertyId, planId, name, position, version,
                WorksheetEvaluation.of(basis, new WorksheetCalculator.Result(inputs, worksheet, problems,
                        evaluatedLines)), measures, null);
    }

    /** The dwelling the lines are computed for (known without evaluating them). */
    Dwelling inputs() {
        return evaluation.inputs();
    }

    /** The calculated worksheet; null when the dwelling cannot be calculated. */
    Worksheet worksheet() {
        return evaluation.result().worksheet();
    }

    /** Why the dwelling cannot be calculated, empty when it can. */
    List<Violation> problems() {
        return evaluation.result().problems();
    }

    /** The lines the last change re-evaluated. */
    List<String> evaluatedLines() {
        return evaluation.result().evaluatedLines();
    }

    /** Every computed line, or null when the dwelling cannot be calculated. */
    Map<String, LineValue> lines() {
        Worksheet worksheet = worksheet();
        return worksheet == null ? null : worksheet.lines();
    }

    boolean isScenario() {
        return planId != null;
    }

    /**
     * The same worksheet moved to new inputs and measures at {@code newVersion}, its lines evaluated when first read
     * (a batch that changes it again before then evaluates it once for all its changes).
     */
    WorksheetState changedTo(long newVersion, Dwelling newInputs, List<MeasureState> newMeasures) {
        return new WorksheetState(subjectId, basis, propertyId, planId, name, position, newVersion,
                evaluation.changedTo(newInputs), newMeasures, ratingBase);
    }

    /** The same worksheet, its row's lines now stored relative to {@code base}. */
    WorksheetState withRatingBase(RatingLinesBase base) {
        return new WorksheetState(subjectId, basis, propertyId, planId, name, position, version, evaluation, measures,
                base);
    }
}
