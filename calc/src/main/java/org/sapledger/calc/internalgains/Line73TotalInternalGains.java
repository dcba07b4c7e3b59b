package org.sapledger.calc.internalgains;

/** Line (73)m: total internal gains = (66)m + (67)m + (68)m + (69)m + (70)m + (71)m + (72)m, W. */
public final class Line73TotalInternalGains {

    private Line73TotalInternalGains() {
    }

    public static double[] compute(double[] l66, double[] l67, double[] l68, double[] l69, double[] l70,
            double[] l71, double[] l72) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l66[m] + l67[m] + l68[m] + l69[m] + l70[m] + l71[m] + l72[m];
        }
        return out;
    }
}
