package org.sapledger.calc.hotwater;

import org.sapledger.calc.tables.Months;

/** Line (43): annual average hot water use = Σ_m [(42a)m + (42b)m] × n_m ÷ 365 + (9.8 N + 14), litres/day. */
public final class Line43AverageDailyHotWater {

    private Line43AverageDailyHotWater() {
    }

    public static double compute(double[] l42a, double[] l42b, double n) {
        double sum = 0;
        for (int m = 0; m < 12; m++) {
            sum += (l42a[m] + l42b[m]) * Months.days(m) / 365;
        }
        return sum + Line42abcDailyHotWater.otherUsesAverage(n);
    }
}
