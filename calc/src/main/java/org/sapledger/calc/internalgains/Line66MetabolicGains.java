package org.sapledger.calc.internalgains;

/** Line (66)m: metabolic gains = 60 × N, W (Table 5 column A). */
public final class Line66MetabolicGains {

    private Line66MetabolicGains() {
    }

    public static double[] compute(double n) {
        double[] out = new double[12];
        java.util.Arrays.fill(out, 60 * n);
        return out;
    }
}
