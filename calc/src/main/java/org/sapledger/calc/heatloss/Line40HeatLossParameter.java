package org.sapledger.calc.heatloss;

/** Line (40)m: heat loss parameter HLP = (39)m ÷ (4), W/m²K; the annual value is Σ(40)m ÷ 12. */
public final class Line40HeatLossParameter {

    private Line40HeatLossParameter() {
    }

    public static double[] compute(double[] l39, double tfa4) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l39[m] / tfa4;
        }
        return out;
    }
}
