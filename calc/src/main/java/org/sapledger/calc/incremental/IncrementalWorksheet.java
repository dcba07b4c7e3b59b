package org.sapledger.calc.incremental;

import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * Holds the current worksheet of one property and applies input changes one at a time, each re-evaluating only
 * the lines downstream of it. Not thread-safe; one instance per property (the query side keeps one per
 * property and applies one event's change at a time).
 */
public final class IncrementalWorksheet {

    private Worksheet current;

    public IncrementalWorksheet(Worksheet start) {
        this.current = start;
    }

    /** Full evaluation of {@code dwelling}, then ready for changes. */
    public static IncrementalWorksheet start(Dwelling dwelling, CalculationBasis basis) {
        return new IncrementalWorksheet(Worksheet.calculate(dwelling, basis));
    }

    /**
     * Applies a change; on a validation error the current worksheet is left unchanged.
     *
     * @throws org.sapledger.calc.validation.InvalidDwellingException if the change makes an input impossible
     */
    public EvaluationReport apply(InputChange change) {
        EvaluationReport r = current.apply(change);
        current = r.worksheet();
        return r;
    }

    public Worksheet current() {
        return current;
    }
}
