package org.sapledger.calc.internalgains;

import org.sapledger.calc.tables.GlazingTable6b;
import org.sapledger.calc.tables.SolarAccessTable6d;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Glazing;
import org.sapledger.domain.dwelling.RoofWindow;
import org.sapledger.domain.dwelling.Window;

/**
 * Appendix L, L2a and L2b: daylight parameter G_L = Σ 0.9 × A × g_L,eff × FF × Z_L ÷ TFA over windows and roof
 * windows (g_L,eff = 0.9 × Table 6b g_L, Z_L the Table 6d light access factor), and the daylighting correction
 * C = 52.2 G_L² − 9.94 G_L + 1.433 for G_L ≤ 0.095, else 0.96.
 */
public final class LightingL2Daylight {

    private LightingL2Daylight() {
    }

    /** Default frame factor when none is declared. */
    public static final double DEFAULT_FRAME_FACTOR = 0.7;

    static double frameFactor(Glazing g) {
        return g.frameFactor().isPresent() ? g.frameFactor().getAsDouble() : DEFAULT_FRAME_FACTOR;
    }

    /** L2a. */
    public static double daylightParameter(Dwelling d, double tfa) {
        double zl = SolarAccessTable6d.light(d.overshading());
        double sum = 0;
        for (Window w : d.windows()) {
            sum += 0.9 * w.area() * (0.9 * GlazingTable6b.lightTransmittance(w.glazing().type()))
                    * frameFactor(w.glazing()) * zl;
        }
        for (RoofWindow w : d.roofWindows()) {
            sum += 0.9 * w.area() * (0.9 * GlazingTable6b.lightTransmittance(w.glazing().type()))
                    * frameFactor(w.glazing()) * zl;
        }
        return sum / tfa;
    }

    /** L2b. */
    public static double correction(double gl) {
        return gl <= 0.095 ? 52.2 * gl * gl - 9.94 * gl + 1.433 : 0.96;
    }
}
