package org.sapledger.domain.dwelling;

/** Efficiency of a fixed air-conditioning system: a declared SEER or an energy class (never both). */
public sealed interface CoolingEfficiency {

    /** A declared seasonal energy efficiency ratio. */
    record DeclaredSeer(double seer) implements CoolingEfficiency {
    }

    /** An energy class; the SEER comes from Table 10c. */
    record EnergyClass(CoolingEnergyClass energyClass) implements CoolingEfficiency {
    }
}
