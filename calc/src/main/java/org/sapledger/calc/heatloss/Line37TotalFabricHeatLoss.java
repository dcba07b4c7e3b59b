package org.sapledger.calc.heatloss;

/** Line (37): total fabric heat loss = (33) + (36) + (36a), W/K. */
public final class Line37TotalFabricHeatLoss {

    private Line37TotalFabricHeatLoss() {
    }

    public static double compute(double l33, double l36, double l36a) {
        return l33 + l36 + l36a;
    }
}
