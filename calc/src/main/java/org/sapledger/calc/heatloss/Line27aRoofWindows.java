package org.sapledger.calc.heatloss;

import java.util.List;
import org.sapledger.domain.dwelling.RoofWindow;

/** Line (27a): roof windows, Σ A × U_eff with the curtain correction (as for windows), W/K. */
public final class Line27aRoofWindows {

    private Line27aRoofWindows() {
    }

    public static double compute(List<RoofWindow> roofWindows) {
        double sum = 0;
        for (RoofWindow w : roofWindows) {
            sum += w.area() * CurtainCorrection.effectiveU(w.uValue());
        }
        return sum;
    }
}
