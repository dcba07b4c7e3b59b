package org.sapledger.query.worksheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;
import org.sapledger.calc.incremental.DwellingDiff;
import org.sapledger.calc.incremental.EvaluationReport;
import org.sapledger.calc.validation.InvalidDwellingException;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.validation.Violation;
import org.sapledger.domain.plan.Measure;
import org.sapledger.domain.plan.Measures;
import org.sapledger.domain.worksheet.MeasureState;

/**
 * Moves a stored worksheet to new inputs through calc's incremental evaluator: from the stored lines (no replay,
 * no recomputation), only the lines downstream of the inputs that differ are re-evaluated. A full evaluation
 * happens only when there are no lines to start from (the dwelling was not calculable before).
 */
public final class WorksheetCalculator {

    private WorksheetCalculator() {
    }

    /**
     * The outcome of one change.
     *
     * @param inputs         the new inputs
     * @param lines          the lines for them, or null when they cannot be calculated
     * @param problems       why they cannot be calculated
     * @param evaluatedLines the lines evaluated for this change
     */
    public record Result(Dwelling inputs, Worksheet worksheet, List<Violation> problems,
                         List<String> evaluatedLines) {

        /** Every line, or null when the inputs cannot be calculated. */
        public Map<String, LineValue> lines() {
            return worksheet == null ? null : worksheet.lines();
        }
    }

    /** The worksheet of {@code dwelling} computed from nothing (a new property or scenario without lines). */
    public static Result fresh(Dwelling dwelling, CalculationBasis basis) {
        try {
            Worksheet worksheet = Worksheet.calculate(dwelling, basis);
            List<String> evaluated = new ArrayList<>();
            worksheet.forEachLine((key, monthly, values) -> evaluated.add(key));
            return new Result(dwelling, worksheet, List.of(), List.copyOf(evaluated));
        } catch (InvalidDwellingException e) {
            return new Result(dwelling, null, e.violations(), List.of());
        }
    }

    /**
     * The worksheet moved from {@code current} (null when its inputs could not be calculated) to the inputs
     * {@code next}, re-evaluating only what the difference can change.
     */
    public static Result change(Worksheet current, Dwelling currentInputs, CalculationBasis basis, Dwelling next) {
        if (current == null) {
            return fresh(next, basis);
        }
        try {
            EvaluationReport report = current.apply(DwellingDiff.between(currentInputs, next));
            return new Result(next, report.worksheet(), List.of(), report.evaluatedLines());
        } catch (InvalidDwellingException e) {
            return new Result(next, null, e.violations(), List.of());
        }
    }

    /**
     * A scenario's dwelling and measure states: the baseline with the measures applied in order; a measure whose
     * element is gone is kept and reported as not applicable.
     */
    public static ScenarioInputs scenario(Dwelling baseline, List<MeasureState> measures) {
        List<Measure> ordered = measures.stream().map(MeasureState::measure).toList();
        Measures.Outcome outcome = Measures.applyInOrder(baseline, ordered);
        List<MeasureState> states = new ArrayList<>(measures.size());
        for (int i = 0; i < measures.size(); i++) {
            MeasureState measure = measures.get(i);
            states.add(new MeasureState(measure.measureId(), measure.measure(), outcome.applied().get(i)
                    ? MeasureState.Status.APPLIED : MeasureState.Status.NOT_APPLICABLE));
        }
        return new ScenarioInputs(outcome.dwelling(), states);
    }

    /**
     * A scenario's inputs.
     *
     * @param dwelling the baseline with the applicable measures applied
     * @param measures every measure with its status
     */
    public record ScenarioInputs(Dwelling dwelling, List<MeasureState> measures) {
    }
}
