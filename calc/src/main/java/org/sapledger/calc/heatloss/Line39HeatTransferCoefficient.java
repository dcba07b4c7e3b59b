package org.sapledger.calc.heatloss;

/** Line (39)m: heat transfer coefficient H = (37) + (38)m, W/K; the annual value is Σ(39)m ÷ 12. */
public final class Line39HeatTransferCoefficient {

    private Line39HeatTransferCoefficient() {
    }

    public static double[] compute(double l37, double[] l38) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l37 + l38[m];
        }
        return out;
    }

    /** Σ values ÷ 12 (annual average of a monthly line). */
    public static double average(double[] monthly) {
        double sum = 0;
        for (double x : monthly) {
            sum += x;
        }
        return sum / 12;
    }
}
