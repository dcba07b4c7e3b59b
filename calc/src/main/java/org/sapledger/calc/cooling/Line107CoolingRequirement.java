package org.sapledger.calc.cooling;

/** Line (107)m: space cooling requirement = (104)m × (105) × (106)m, kWh; (108) = Σ(107)m ÷ (4), kWh/m²/year. */
public final class Line107CoolingRequirement {

    private Line107CoolingRequirement() {
    }

    public static double[] compute(double[] l104, double l105, double[] l106) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l104[m] * l105 * l106[m];
        }
        return out;
    }

    /** (108) = (107) ÷ (4). */
    public static double perFloorArea108(double total107, double tfa4) {
        return total107 / tfa4;
    }
}
