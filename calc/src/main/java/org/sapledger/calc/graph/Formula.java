package org.sapledger.calc.graph;

/** How one line is computed from the inputs and earlier lines. */
@FunctionalInterface
public interface Formula {

    /**
     * @return the value: an array of length 1 (scalar) or 12 (monthly), or {@code null} when the line does not
     *     apply to this dwelling
     */
    double[] compute(Inputs in, Values v);
}
