package org.sapledger.calc.cooling;

import org.sapledger.calc.solargains.OpeningSolarGain;
import org.sapledger.calc.solargains.SolarFluxU3;
import org.sapledger.calc.tables.Climate;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Orientation;
import org.sapledger.domain.dwelling.RoofWindow;
import org.sapledger.domain.dwelling.Window;

/**
 * Line (103)m: gains for cooling = internal gains (73)m (Table 5 column A) + solar gains computed as for
 * heating but with the Table 6d <em>summer</em> solar access factor, W. No blinds or curtains factor is applied.
 */
public final class Line103CoolingGains {

    private Line103CoolingGains() {
    }

    /** Summer solar gains Σ over every window and roof window, W. */
    public static double[] summerSolar(Dwelling d, double summerAccessFactor, Climate c) {
        double[] sum = new double[12];
        for (Window w : d.windows()) {
            double tilt = w.orientation() == Orientation.HORIZONTAL ? 0 : SolarFluxU3.VERTICAL;
            OpeningSolarGain.addGains(sum, w.area(), w.orientation(), tilt, w.glazing(), summerAccessFactor, c);
        }
        for (RoofWindow w : d.roofWindows()) {
            OpeningSolarGain.addGains(sum, w.area(), w.orientation(), w.tiltDegrees(), w.glazing(),
                    summerAccessFactor, c);
        }
        return sum;
    }

    /** (103)m = (73)m + summer solar gains. */
    public static double[] compute(double[] l73, double[] summerSolar) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l73[m] + summerSolar[m];
        }
        return out;
    }
}
