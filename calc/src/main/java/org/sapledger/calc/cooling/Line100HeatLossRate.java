package org.sapledger.calc.cooling;

/** Line (100)m: heat loss rate at the 24 °C cooling set point, L_m = (39)m × (24 − T_e,m), W. */
public final class Line100HeatLossRate {

    private Line100HeatLossRate() {
    }

    /** Internal temperature for cooling, °C. */
    public static final double COOLING_SET_POINT = 24;

    public static double[] compute(double[] l39, double[] externalTemperature96) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l39[m] * (COOLING_SET_POINT - externalTemperature96[m]);
        }
        return out;
    }
}
