package org.sapledger.calc.hotwater;

/** Line (46)m: distribution loss = 0.15 × (45)m, kWh; 0 for instantaneous water heating at point of use. */
public final class Line46DistributionLoss {

    private Line46DistributionLoss() {
    }

    public static double[] compute(double[] l45, boolean pointOfUse) {
        double[] out = new double[12];
        if (!pointOfUse) {
            for (int m = 0; m < 12; m++) {
                out[m] = 0.15 * l45[m];
            }
        }
        return out;
    }
}
