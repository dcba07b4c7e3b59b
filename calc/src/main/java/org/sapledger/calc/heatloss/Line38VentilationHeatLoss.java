package org.sapledger.calc.heatloss;

/** Line (38)m: ventilation heat loss = 0.33 × (25)m × (5), W/K. */
public final class Line38VentilationHeatLoss {

    private Line38VentilationHeatLoss() {
    }

    public static double[] compute(double[] l25, double volume5) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = 0.33 * l25[m] * volume5;
        }
        return out;
    }
}
