package org.sapledger.calc.heatloss;

import org.sapledger.domain.dwelling.LinearThermalBridge;
import org.sapledger.domain.dwelling.ThermalBridging;

/** Line (36): thermal bridges, W/K: y × (31), or Σ ψ × L over the listed junctions. */
public final class Line36ThermalBridging {

    private Line36ThermalBridging() {
    }

    public static double compute(ThermalBridging tb, double area31) {
        if (tb instanceof ThermalBridging.YValue y) {
            return y.y() * area31;
        }
        double sum = 0;
        for (LinearThermalBridge j : ((ThermalBridging.Junctions) tb).junctions()) {
            sum += j.psi() * j.length();
        }
        return sum;
    }
}
