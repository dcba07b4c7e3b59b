package org.sapledger.calc.heatloss;

/** Section 3.2: effective window U-value allowing for curtains, 1 ÷ (1/U + 0.04), W/m²K. */
public final class CurtainCorrection {

    private CurtainCorrection() {
    }

    public static double effectiveU(double u) {
        return 1 / (1 / u + 0.04);
    }
}
