package org.sapledger.calc.heatloss;

import org.sapledger.domain.dwelling.ThermalMass;

/** Line (35): thermal mass parameter TMP, kJ/m²K: as declared, otherwise (34) ÷ (4). */
public final class Line35ThermalMassParameter {

    private Line35ThermalMassParameter() {
    }

    public static double compute(ThermalMass mass, double heatCapacity34, double tfa4) {
        return mass.thermalMassParameter().isPresent()
                ? mass.thermalMassParameter().getAsDouble() : heatCapacity34 / tfa4;
    }
}
