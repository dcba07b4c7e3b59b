package org.sapledger.calc.hotwater;

import org.sapledger.calc.tables.HotWaterTablesJ;

/**
 * Lines (42a)m showers, (42b)m baths and (42c)m other uses: daily hot water at 52 °C, litres/day (Appendix J as
 * recovered from the SAP 10.2 engine).
 */
public final class Line42abcDailyHotWater {

    private Line42abcDailyHotWater() {
    }

    /** Delivery temperature of hot water, °C. */
    public static final double HOT = 52;
    /** Warm bath water temperature, °C. */
    public static final double WARM = 42;
    /** Warm water per bath, litres. */
    public static final double LITRES_PER_BATH = 73;

    /** (42a)m: no shower data is modelled, so 0. */
    public static double[] showers42a() {
        return new double[12];
    }

    /** Baths per day when there is no shower: 0.35 N + 0.50. */
    public static double bathsPerDay(double n) {
        return 0.35 * n + 0.5;
    }

    /** (42b)m = N_bath × 73 × f_b,m × (42 − T_c,m) ÷ (52 − T_c,m). */
    public static double[] baths42b(double n, double[] coldWater) {
        double baths = bathsPerDay(n);
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            double warm = baths * LITRES_PER_BATH * HotWaterTablesJ.bathFactor(m);
            out[m] = warm * (WARM - coldWater[m]) / (HOT - coldWater[m]);
        }
        return out;
    }

    /** Average daily hot water for other uses = 9.8 N + 14. */
    public static double otherUsesAverage(double n) {
        return 9.8 * n + 14;
    }

    /** (42c)m = (9.8 N + 14) × f_o,m. */
    public static double[] other42c(double n) {
        double base = otherUsesAverage(n);
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = base * HotWaterTablesJ.otherUseFactor(m);
        }
        return out;
    }
}
