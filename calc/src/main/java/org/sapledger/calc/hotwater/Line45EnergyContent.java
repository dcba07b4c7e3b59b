package org.sapledger.calc.hotwater;

import org.sapledger.calc.tables.Months;

/** Line (45)m: energy content of hot water = 4.18 × (44)m × n_m × (52 − T_c,m) ÷ 3600, kWh/month. */
public final class Line45EnergyContent {

    private Line45EnergyContent() {
    }

    public static double[] compute(double[] l44, double[] coldWater) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = 4.18 * l44[m] * Months.days(m) * (Line42abcDailyHotWater.HOT - coldWater[m]) / 3600;
        }
        return out;
    }
}
