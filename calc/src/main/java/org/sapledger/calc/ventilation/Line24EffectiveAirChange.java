package org.sapledger.calc.ventilation;

/**
 * Lines (24a)–(24d)m: effective air change rate for each ventilation type, ach. (25)m is the one that applies.
 * (24d) is verified against the SAP 10.2 engine; (24a)–(24c) follow the SAP 2012 worksheet.
 */
public final class Line24EffectiveAirChange {

    private Line24EffectiveAirChange() {
    }

    /** (24a)m balanced with heat recovery = (22b)m + (23b) × [1 − (23c) ÷ 100]. */
    public static double[] mvhr24a(double[] l22b, double l23b, double l23c) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l22b[m] + l23b * (1 - l23c / 100);
        }
        return out;
    }

    /** (24b)m balanced without heat recovery = (22b)m + (23b). */
    public static double[] mv24b(double[] l22b, double l23b) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l22b[m] + l23b;
        }
        return out;
    }

    /** (24c)m extract or positive input from outside: (23b) if (22b)m &lt; 0.5 × (23b), else (22b)m + 0.5 × (23b). */
    public static double[] extract24c(double[] l22b, double l23b) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l22b[m] < 0.5 * l23b ? l23b : l22b[m] + 0.5 * l23b;
        }
        return out;
    }

    /** (24d)m natural or positive input from loft: (22b)m if (22b)m ≥ 1, else 0.5 + [(22b)m² × 0.5]. */
    public static double[] natural24d(double[] l22b) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            double x = l22b[m];
            out[m] = x >= 1 ? x : 0.5 + (x * x * 0.5);
        }
        return out;
    }
}
