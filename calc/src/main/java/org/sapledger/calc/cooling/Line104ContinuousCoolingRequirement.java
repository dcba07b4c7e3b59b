package org.sapledger.calc.cooling;

/**
 * Line (104)m: space cooling requirement for continuous cooling of the whole dwelling = 0.024 × [(103)m −
 * (102)m] × (41)m, kWh; set to 0 when it is below 3 × (98)m, and never negative.
 */
public final class Line104ContinuousCoolingRequirement {

    private Line104ContinuousCoolingRequirement() {
    }

    public static double month(double gains103, double usefulLoss102, double days41, double heating98) {
        double q = 0.024 * (gains103 - usefulLoss102) * days41;
        if (q < 3 * heating98) {
            return 0;
        }
        return q > 0 ? q : 0;
    }

    public static double[] compute(double[] l103, double[] l102, double[] l41, double[] l98) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = month(l103[m], l102[m], l41[m], l98[m]);
        }
        return out;
    }
}
