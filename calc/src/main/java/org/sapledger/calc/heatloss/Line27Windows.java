package org.sapledger.calc.heatloss;

import java.util.List;
import org.sapledger.domain.dwelling.Window;

/** Line (27): windows, Σ A × U_eff with the curtain correction, W/K. */
public final class Line27Windows {

    private Line27Windows() {
    }

    public static double compute(List<Window> windows) {
        double sum = 0;
        for (Window w : windows) {
            sum += w.area() * CurtainCorrection.effectiveU(w.uValue());
        }
        return sum;
    }
}
