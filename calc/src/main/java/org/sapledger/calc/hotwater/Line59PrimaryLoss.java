package org.sapledger.calc.hotwater;

import org.sapledger.calc.tables.Months;

/**
 * Line (59)m: primary circuit loss (SAP 2012 Table 3) = n_m × 14 × [(0.0091 × p + 0.0245 × (1 − p)) × h +
 * 0.0263], kWh; 0 for a combi or instantaneous heater.
 */
public final class Line59PrimaryLoss {

    private Line59PrimaryLoss() {
    }

    public static double[] compute(double insulatedFraction, double hoursPerDay) {
        double perDay = 14 * ((0.0091 * insulatedFraction + 0.0245 * (1 - insulatedFraction)) * hoursPerDay + 0.0263);
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = Months.days(m) * perDay;
        }
        return out;
    }
}
