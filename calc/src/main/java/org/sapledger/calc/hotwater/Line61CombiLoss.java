package org.sapledger.calc.hotwater;

import org.sapledger.calc.tables.Months;

/**
 * Line (61)m: combi loss of an instantaneous combi without keep-hot (Table 3a) = 600 × f_u × n_m ÷ 365, kWh,
 * f_u = 1 if (43) ≥ 100 litres/day, else (43) ÷ 100.
 */
public final class Line61CombiLoss {

    private Line61CombiLoss() {
    }

    public static double[] compute(double l43) {
        double fu = l43 >= 100 ? 1 : l43 / 100;
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = 600 * fu * Months.days(m) / 365;
        }
        return out;
    }
}
