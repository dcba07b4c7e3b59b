package org.sapledger.calc.hotwater;

/**
 * Line (42): assumed occupancy N = 1 + 1.76 × [1 − exp(−0.000349 × (TFA − 13.9)²)] + 0.0013 × (TFA − 13.9)
 * when TFA &gt; 13.9 m², otherwise 1.
 */
public final class Line42Occupancy {

    private Line42Occupancy() {
    }

    public static double compute(double tfa) {
        if (tfa <= 13.9) {
            return 1;
        }
        double x = tfa - 13.9;
        return 1 + 1.76 * (1 - Math.exp(-0.000349 * x * x)) + 0.0013 * x;
    }
}
