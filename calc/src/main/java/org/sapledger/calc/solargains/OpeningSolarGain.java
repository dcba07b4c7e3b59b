package org.sapledger.calc.solargains;

import org.sapledger.calc.tables.Climate;
import org.sapledger.calc.tables.GlazingTable6b;
import org.sapledger.domain.dwelling.Glazing;
import org.sapledger.domain.dwelling.Orientation;

/**
 * Solar gain of one opening (section 6): G_m = 0.9 × A × S_m × g_eff × FF × Z, W. g_eff is the declared g-value,
 * otherwise 0.9 × Table 6b g⊥; FF is the declared frame factor, otherwise 0.7; Z is the Table 6d solar access
 * factor (winter for (74)–(83), summer for the cooling gains (103)).
 */
public final class OpeningSolarGain {

    private OpeningSolarGain() {
    }

    public static final double DEFAULT_FRAME_FACTOR = 0.7;

    public static double effectiveG(Glazing g) {
        return g.solarTransmittance().isPresent()
                ? g.solarTransmittance().getAsDouble() : 0.9 * GlazingTable6b.solarTransmittance(g.type());
    }

    public static double frameFactor(Glazing g) {
        return g.frameFactor().isPresent() ? g.frameFactor().getAsDouble() : DEFAULT_FRAME_FACTOR;
    }

    /** Adds this opening's monthly gains to {@code sum}. */
    public static void addGains(double[] sum, double area, Orientation o, double tilt, Glazing glazing,
            double accessFactor, Climate c) {
        double[] flux = SolarFluxU3.flux(o, tilt, c);
        double g = effectiveG(glazing);
        double ff = frameFactor(glazing);
        for (int m = 0; m < 12; m++) {
            sum[m] += 0.9 * area * flux[m] * g * ff * accessFactor;
        }
    }
}
