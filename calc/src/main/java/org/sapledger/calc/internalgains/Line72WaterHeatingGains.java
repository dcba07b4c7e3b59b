package org.sapledger.calc.internalgains;

import java.util.List;
import org.sapledger.calc.tables.Months;

/** Line (72)m: water heating gains = (65)m × 1000 ÷ (24 × n_m), W, or the declared monthly gains. */
public final class Line72WaterHeatingGains {

    private Line72WaterHeatingGains() {
    }

    public static double[] fromHeatGains(double[] l65) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l65[m] * 1000 / (24 * Months.days(m));
        }
        return out;
    }

    public static double[] declared(List<Double> monthly) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = monthly.get(m);
        }
        return out;
    }
}
