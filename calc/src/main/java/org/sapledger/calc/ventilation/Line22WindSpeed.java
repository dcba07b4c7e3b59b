package org.sapledger.calc.ventilation;

/** Lines (22)m, (22a)m, (22b)m: wind speed (Table U2), wind factor (22)m ÷ 4, and (21) × (22a)m. */
public final class Line22WindSpeed {

    private Line22WindSpeed() {
    }

    /** (22a)m = (22)m ÷ 4. */
    public static double[] windFactor22a(double[] wind22) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = wind22[m] / 4;
        }
        return out;
    }

    /** (22b)m = (21) × (22a)m. */
    public static double[] adjustedInfiltration22b(double l21, double[] l22a) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l21 * l22a[m];
        }
        return out;
    }
}
