package org.sapledger.calc.solargains;

import org.sapledger.calc.tables.Climate;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Orientation;
import org.sapledger.domain.dwelling.RoofWindow;
import org.sapledger.domain.dwelling.Window;

/**
 * Lines (74)m–(81)m: solar gains of the windows facing N, NE, E, SE, S, SW, W, NW; line (82)m: roof windows and
 * horizontal openings. W.
 */
public final class Line74To82SolarGains {

    private Line74To82SolarGains() {
    }

    /** Σ gains of the wall windows facing {@code o} (not horizontal). */
    public static double[] windows(Dwelling d, Orientation o, double accessFactor, Climate c) {
        double[] sum = new double[12];
        for (Window w : d.windows()) {
            if (w.orientation() == o) {
                OpeningSolarGain.addGains(sum, w.area(), o, SolarFluxU3.VERTICAL, w.glazing(), accessFactor, c);
            }
        }
        return sum;
    }

    /** (82)m: Σ gains of roof windows and of horizontal windows. */
    public static double[] roofWindows(Dwelling d, double accessFactor, Climate c) {
        double[] sum = new double[12];
        for (Window w : d.windows()) {
            if (w.orientation() == Orientation.HORIZONTAL) {
                OpeningSolarGain.addGains(sum, w.area(), w.orientation(), 0, w.glazing(), accessFactor, c);
            }
        }
        for (RoofWindow w : d.roofWindows()) {
            OpeningSolarGain.addGains(sum, w.area(), w.orientation(), w.tiltDegrees(), w.glazing(), accessFactor, c);
        }
        return sum;
    }
}
