package org.sapledger.calc.graph;

/** Helpers to wrap formula results. */
public final class Results {

    private Results() {
    }

    /** A scalar result. */
    public static double[] scalar(double v) {
        return new double[] {v};
    }
}
