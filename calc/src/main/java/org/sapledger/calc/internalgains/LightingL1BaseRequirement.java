package org.sapledger.calc.internalgains;

/** Appendix L, L1: annual base lighting requirement E_B = 11.2 × 59.73 × (TFA × N)^0.4714, klm·h/year. */
public final class LightingL1BaseRequirement {

    private LightingL1BaseRequirement() {
    }

    public static double compute(double tfa, double n) {
        return 11.2 * 59.73 * Math.pow(tfa * n, 0.4714);
    }
}
