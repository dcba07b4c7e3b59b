package org.sapledger.domain.dwelling;

import java.util.OptionalDouble;

/**
 * Glazing of a window or roof window.
 *
 * @param type glazing type (Table 6b row)
 * @param solarTransmittance declared g-value, if any (otherwise from Table 6b)
 * @param frameFactor declared frame factor, if any (otherwise the SAP default)
 */
public record Glazing(GlazingType type, OptionalDouble solarTransmittance, OptionalDouble frameFactor) {

    public static Glazing of(GlazingType type) {
        return new Glazing(type, OptionalDouble.empty(), OptionalDouble.empty());
    }
}
