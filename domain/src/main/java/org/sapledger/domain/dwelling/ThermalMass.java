package org.sapledger.domain.dwelling;

import java.util.OptionalDouble;

/**
 * Thermal mass (line (35)): a declared thermal mass parameter, or, when empty, (34) ÷ (4) from the
 * κ-values of the elements.
 *
 * @param thermalMassParameter declared TMP, kJ/m²K
 */
public record ThermalMass(OptionalDouble thermalMassParameter) {

    public static final ThermalMass FROM_KAPPA = new ThermalMass(OptionalDouble.empty());

    public static ThermalMass declared(double tmp) {
        return new ThermalMass(OptionalDouble.of(tmp));
    }
}
