package org.sapledger.calc.internalgains;

/**
 * Line (70)m: pumps and fans gains, W: 7 W for a central heating pump in the heated space (pump age unknown),
 * in the heating season only (0 from June to September, as the SAP 10.2 engine does).
 */
public final class Line70PumpsAndFansGains {

    private Line70PumpsAndFansGains() {
    }

    public static final double PUMP_GAIN_W = 7;

    public static double[] compute(boolean pumpInHeatedSpace) {
        double[] out = new double[12];
        if (pumpInHeatedSpace) {
            for (int m = 0; m < 12; m++) {
                boolean summer = m >= 5 && m <= 8;
                out[m] = summer ? 0 : PUMP_GAIN_W;
            }
        }
        return out;
    }
}
