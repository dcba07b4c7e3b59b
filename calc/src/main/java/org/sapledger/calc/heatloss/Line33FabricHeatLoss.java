package org.sapledger.calc.heatloss;

/** Line (33): fabric heat loss = (26) + (27) + (27a) + (28a) + (28b) + (29a) + (30) + (32), W/K. */
public final class Line33FabricHeatLoss {

    private Line33FabricHeatLoss() {
    }

    public static double compute(double l26, double l27, double l27a, double l28a, double l28b, double l29a,
            double l30, double l32) {
        return l26 + l27 + l27a + l28a + l28b + l29a + l30 + l32;
    }
}
