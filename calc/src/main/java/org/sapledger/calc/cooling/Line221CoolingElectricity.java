package org.sapledger.calc.cooling;

/** Line (221)m: electricity for space cooling = (107)m ÷ (209), kWh. */
public final class Line221CoolingElectricity {

    private Line221CoolingElectricity() {
    }

    public static double[] compute(double[] l107, double seer209) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l107[m] / seer209;
        }
        return out;
    }
}
