package org.sapledger.calc.solargains;

/** Line (83)m: total solar gains = Σ (74)m..(82)m, W. Line (84)m: total gains = (73)m + (83)m, W. */
public final class Line83SolarGains {

    private Line83SolarGains() {
    }

    public static double[] sum(double[]... parts) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            double s = 0;
            for (double[] p : parts) {
                s += p[m];
            }
            out[m] = s;
        }
        return out;
    }

    /** (84)m. */
    public static double[] totalGains84(double[] l73, double[] l83) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l73[m] + l83[m];
        }
        return out;
    }
}
