package org.sapledger.calc.internalgains;

/** Line (69)m: cooking gains = 35 + 7 × N, W. */
public final class Line69CookingGains {

    private Line69CookingGains() {
    }

    public static double[] compute(double n) {
        double[] out = new double[12];
        java.util.Arrays.fill(out, 35 + 7 * n);
        return out;
    }
}
