package org.sapledger.calc.hotwater;

/** Line (44)m: hot water usage = (42a)m + (42b)m + (42c)m, litres/day. */
public final class Line44DailyHotWater {

    private Line44DailyHotWater() {
    }

    public static double[] compute(double[] a, double[] b, double[] c) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = a[m] + b[m] + c[m];
        }
        return out;
    }
}
