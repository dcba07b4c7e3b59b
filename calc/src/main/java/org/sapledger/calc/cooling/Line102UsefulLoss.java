package org.sapledger.calc.cooling;

/** Line (102)m: useful loss = (100)m × (101)m, W. */
public final class Line102UsefulLoss {

    private Line102UsefulLoss() {
    }

    public static double[] compute(double[] l100, double[] l101) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l100[m] * l101[m];
        }
        return out;
    }
}
