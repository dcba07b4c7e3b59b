package org.sapledger.calc.hotwater;

/** Lines (62)m, (64)m and (65)m: heat required for water heating, output of the heater, and heat gains, kWh. */
public final class Line62To65WaterHeating {

    private Line62To65WaterHeating() {
    }

    /** (62)m = 0.85 × (45)m + (46)m + (57)m + (59)m + (61)m. */
    public static double[] required62(double[] l45, double[] l46, double[] l57, double[] l59, double[] l61) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = 0.85 * l45[m] + l46[m] + l57[m] + l59[m] + l61[m];
        }
        return out;
    }

    /** (64)m = (62)m + (63)m, with no solar or WWHRS contribution (63)m = 0. */
    public static double[] output64(double[] l62) {
        return l62.clone();
    }

    /**
     * (65)m = 0.25 × [0.85 × (45)m + (61)m] + 0.8 × [(46)m + (57)m + (59)m]; (57)m counts only when the cylinder
     * is in the dwelling.
     */
    public static double[] gains65(double[] l45, double[] l46, double[] l57, double[] l59, double[] l61,
            boolean storeInDwelling) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            double store = storeInDwelling ? l57[m] : 0;
            out[m] = 0.25 * (0.85 * l45[m] + l61[m]) + 0.8 * (l46[m] + store + l59[m]);
        }
        return out;
    }
}
