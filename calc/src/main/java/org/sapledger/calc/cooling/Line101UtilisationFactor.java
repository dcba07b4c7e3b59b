package org.sapledger.calc.cooling;

/**
 * Line (101)m: utilisation factor for loss η_m (Table 10a).
 *
 * <p>τ_m = (35) ÷ (3.6 × (40)m) h, a_m = 1 + τ_m ÷ 15, γ_m = (103)m ÷ (100)m. If γ ≤ 0 (or the loss is not
 * positive), η = 1. If γ = 1 (within 1e-8), η = a ÷ (a + 1). Otherwise η = (1 − γ^−a) ÷ (1 − γ^−(a+1)), evaluated
 * as (γ − γ^(a+1)) ÷ (1 − γ^(a+1)) for γ &lt; 1 so that no power overflows; both forms are the same function.
 */
public final class Line101UtilisationFactor {

    private Line101UtilisationFactor() {
    }

    /** |γ − 1| below this is treated as γ = 1. */
    public static final double GAMMA_ONE_TOLERANCE = 1e-8;

    /** Time constant τ = TMP ÷ (3.6 × HLP), hours. */
    public static double timeConstant(double tmp35, double hlp40) {
        return tmp35 / (3.6 * hlp40);
    }

    /** a = 1 + τ ÷ 15. */
    public static double parameterA(double tau) {
        return 1 + tau / 15;
    }

    /** η for a gain/loss ratio γ and parameter a. */
    public static double eta(double gamma, double a) {
        if (!(gamma > 0)) {
            return 1;
        }
        if (Math.abs(gamma - 1) < GAMMA_ONE_TOLERANCE) {
            return a / (a + 1);
        }
        if (gamma < 1) {
            double p = Math.pow(gamma, a + 1);
            return (gamma - p) / (1 - p);
        }
        double x = 1 / gamma;
        return (1 - Math.pow(x, a)) / (1 - Math.pow(x, a + 1));
    }

    public static double[] compute(double tmp35, double[] hlp40, double[] gains103, double[] loss100) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            double a = parameterA(timeConstant(tmp35, hlp40[m]));
            out[m] = loss100[m] > 0 ? eta(gains103[m] / loss100[m], a) : 1;
        }
        return out;
    }
}
