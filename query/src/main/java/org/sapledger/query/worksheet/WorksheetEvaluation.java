package org.sapledger.query.worksheet;

import java.util.Objects;

import org.sapledger.calc.CalculationBasis;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * A worksheet's lines for its inputs: already evaluated, or evaluated when first read. The worksheets projection
 * applies a batch's events one after another but reads a worksheet's lines only when it writes the batch (or when a
 * new scenario copies its baseline's), so a worksheet that several events of one batch change (a replay, a rebuild,
 * a backlog) would be evaluated once per event for lines nobody reads.
 *
 * <p>A pending evaluation keeps the last evaluated result it started from (its anchor, none for a new worksheet) and
 * its latest two inputs: the inputs before the last change and after it. When first read it evaluates the inputs
 * before the last change from the anchor, then the last change from those, both through calc's incremental
 * evaluator ({@link WorksheetCalculator#change}). However many changes a batch makes to one worksheet, its lines are
 * evaluated at most twice, and everything read is what evaluating every change in turn gives: the lines and the
 * problems are functions of the inputs, and the lines re-evaluated are those of the last change, from the inputs
 * before it to the inputs after it.
 *
 * <p>Reading is synchronised: a property's worksheets are handled by one thread at a time, but one kept in memory may
 * be read later by another.
 */
final class WorksheetEvaluation {

    private final CalculationBasis basis;
    private final Dwelling inputs;
    /** Pending only: the evaluated result the pending changes start from; null for a worksheet that had none. */
    private WorksheetCalculator.Result anchor;
    /** Pending only: the inputs before the last change; null when the last change started from the anchor. */
    private Dwelling previous;
    private WorksheetCalculator.Result result;

    private WorksheetEvaluation(CalculationBasis basis, Dwelling inputs, WorksheetCalculator.Result anchor,
                                Dwelling previous, WorksheetCalculator.Result result) {
        this.basis = Objects.requireNonNull(basis, "basis");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.anchor = anchor;
        this.previous = previous;
        this.result = result;
    }

    /** An evaluation already done. */
    static WorksheetEvaluation of(CalculationBasis basis, WorksheetCalculator.Result result) {
        return new WorksheetEvaluation(basis, result.inputs(), null, null, result);
    }

    /** The worksheet of a new subject (no lines to start from), evaluated in full when first read. */
    static WorksheetEvaluation fresh(CalculationBasis basis, Dwelling inputs) {
        return new WorksheetEvaluation(basis, inputs, null, null, null);
    }

    /**
     * This worksheet moved to the inputs {@code next}, evaluated when first read. Chains of pending changes do not
     * grow: the new evaluation starts from this one's anchor and remembers only this one's inputs as the ones before
     * its change.
     */
    synchronized WorksheetEvaluation changedTo(Dwelling next) {
        WorksheetCalculator.Result start = result != null ? result : anchor;
        // when this evaluation's inputs are its start's own, the change starts from there directly
        Dwelling before = start != null && start.inputs() == inputs ? null : inputs;
        return new WorksheetEvaluation(basis, next, start, before, null);
    }

    /** The inputs the lines are for (known without evaluating). */
    Dwelling inputs() {
        return inputs;
    }

    /** Whether the lines have been evaluated. */
    synchronized boolean isEvaluated() {
        return result != null;
    }

    /** The lines, problems and re-evaluated lines for the inputs, evaluating them now if still pending. */
    synchronized WorksheetCalculator.Result result() {
        if (result == null) {
            WorksheetCalculator.Result before = anchor;
            if (previous != null) {
                before = from(before, previous);
            }
            result = from(before, inputs);
            anchor = null;
            previous = null;
        }
        return result;
    }

    private WorksheetCalculator.Result from(WorksheetCalculator.Result before, Dwelling next) {
        return before == null ? WorksheetCalculator.fresh(next, basis)
                : WorksheetCalculator.change(before.worksheet(), before.inputs(), basis, next);
    }

    /** Two evaluations are equal when they read the same: same basis, inputs, lines, problems, re-evaluated lines. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WorksheetEvaluation evaluation) || basis != evaluation.basis
                || !inputs.equals(evaluation.inputs)) {
            return false;
        }
        WorksheetCalculator.Result mine = result();
        WorksheetCalculator.Result theirs = evaluation.result();
        return Objects.equals(mine.lines(), theirs.lines()) && mine.problems().equals(theirs.problems())
                && mine.evaluatedLines().equals(theirs.evaluatedLines());
    }

    @Override
    public int hashCode() {
        return Objects.hash(basis, inputs);
    }

    @Override
    public String toString() {
        return isEvaluated() ? "WorksheetEvaluation[" + basis + ", evaluated]" : "WorksheetEvaluation[" + basis
                + ", pending]";
    }
}
