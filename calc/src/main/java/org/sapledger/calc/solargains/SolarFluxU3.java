package org.sapledger.calc.solargains;

import org.sapledger.calc.tables.AppendixU;
import org.sapledger.calc.tables.Climate;
import org.sapledger.domain.dwelling.Orientation;

/**
 * Appendix U3: monthly solar flux on a surface, S_m = S_h,m × R_h-inc,m, W/m². With s = sin(p/2) for tilt p and
 * the Table U5 constants k1..k9 of the orientation: A = k1 s³ + k2 s² + k3 s, B = k4 s³ + k5 s² + k6 s,
 * C = k7 s³ + k8 s² + k9 s + 1, and R_h-inc = A cos²(φ − δ) + B cos(φ − δ) + C (φ latitude, δ declination).
 */
public final class SolarFluxU3 {

    private SolarFluxU3() {
    }

    /** Tilt of a window in a wall, degrees. */
    public static final double VERTICAL = 90;

    /** R_h-inc,m, Jan..Dec. */
    public static double[] ratioToHorizontal(Orientation o, double tiltDegrees, Climate c) {
        double[] k = AppendixU.fluxConstants(o);
        double tilt = o == Orientation.HORIZONTAL ? 0 : tiltDegrees;
        double s = Math.sin(Math.toRadians(tilt / 2));
        double s2 = s * s;
        double s3 = s2 * s;
        double a = k[0] * s3 + k[1] * s2 + k[2] * s;
        double b = k[3] * s3 + k[4] * s2 + k[5] * s;
        double cc = k[6] * s3 + k[7] * s2 + k[8] * s + 1;
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            double cos = Math.cos(Math.toRadians(c.latitude() - c.declination()[m]));
            out[m] = a * cos * cos + b * cos + cc;
        }
        return out;
    }

    /** S_m, Jan..Dec. */
    public static double[] flux(Orientation o, double tiltDegrees, Climate c) {
        double[] r = ratioToHorizontal(o, tiltDegrees, c);
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = c.horizontalIrradiance()[m] * r[m];
        }
        return out;
    }
}
