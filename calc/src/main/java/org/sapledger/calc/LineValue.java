package org.sapledger.calc;

import java.util.List;

/** The value of one worksheet line: a number, or twelve monthly numbers (January first). */
public sealed interface LineValue {

    /** @param value the number */
    record Scalar(double value) implements LineValue {
    }

    /** @param values twelve numbers, January to December */
    record Monthly(List<Double> values) implements LineValue {
        public Monthly {
            values = List.copyOf(values);
        }
    }
}
