package org.sapledger.calc.internalgains;

/** Line (71)m: losses (evaporation) = −40 × N, W. */
public final class Line71Losses {

    private Line71Losses() {
    }

    public static double[] compute(double n) {
        double[] out = new double[12];
        java.util.Arrays.fill(out, -40 * n);
        return out;
    }
}
