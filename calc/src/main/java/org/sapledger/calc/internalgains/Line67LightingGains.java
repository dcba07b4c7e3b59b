package org.sapledger.calc.internalgains;

import org.sapledger.calc.tables.Months;

/**
 * Appendix L, L10m = L9d × [1 + 0.5 cos(2π(m − 0.2)/12)] × n_m ÷ 365 (kWh), L11 = Σ L10m, and line (67)m =
 * L12m = 0.85 × L10m × 1000 ÷ (24 × n_m), W.
 */
public final class Line67LightingGains {

    private Line67LightingGains() {
    }

    /** L10m. */
    public static double[] monthlyEnergy(double l9d) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            int month = m + 1;
            out[m] = l9d * (1 + 0.5 * Math.cos(2 * Math.PI * (month - 0.2) / 12)) * Months.days(m) / 365;
        }
        return out;
    }

    /** (67)m. */
    public static double[] gains(double[] l10) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = 0.85 * l10[m] * 1000 / (24 * Months.days(m));
        }
        return out;
    }
}
