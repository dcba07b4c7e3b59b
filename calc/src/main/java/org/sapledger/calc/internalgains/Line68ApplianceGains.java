package org.sapledger.calc.internalgains;

import org.sapledger.calc.tables.Months;

/**
 * Appendix L, L13 E_A = 207.8 × (TFA × N)^0.4714 kWh/year; L14m = E_A × [1 + 0.157 cos(2π(m − 1.78)/12)] ×
 * n_m ÷ 365 kWh; line (68)m = L14m × 1000 ÷ (24 × n_m), W.
 */
public final class Line68ApplianceGains {

    private Line68ApplianceGains() {
    }

    /** L13. */
    public static double annualEnergy(double tfa, double n) {
        return 207.8 * Math.pow(tfa * n, 0.4714);
    }

    /** L14m. */
    public static double[] monthlyEnergy(double l13) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            int month = m + 1;
            out[m] = l13 * (1 + 0.157 * Math.cos(2 * Math.PI * (month - 1.78) / 12)) * Months.days(m) / 365;
        }
        return out;
    }

    /** (68)m. */
    public static double[] gains(double[] l14) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l14[m] * 1000 / (24 * Months.days(m));
        }
        return out;
    }
}
