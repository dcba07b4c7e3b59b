package org.sapledger.domain.dwelling;

import java.util.OptionalDouble;

/**
 * The ventilation system (lines (23a)–(25)).
 *
 * @param type natural or a mechanical type
 * @param systemAirChangeRate (23a) air change rate through the system, 1/h (SAP default 0.5); ignored for
 *     natural ventilation
 * @param heatRecoveryEfficiencyPercent (23c) MVHR efficiency in %, already including the in-use factor;
 *     required for {@link Type#BALANCED_WITH_HEAT_RECOVERY}
 */
public record MechanicalVentilation(Type type, double systemAirChangeRate,
        OptionalDouble heatRecoveryEfficiencyPercent) {

    /** Ventilation types, grouped by the line of section 2 that applies. */
    public enum Type {
        /** Natural ventilation, with or without extract fans and passive vents: (24d). */
        NATURAL,
        /** Positive input from loft: treated as natural, (24d). */
        POSITIVE_INPUT_FROM_LOFT,
        /** Positive input from outside: (24c). */
        POSITIVE_INPUT_FROM_OUTSIDE,
        /** Mechanical extract, centralised or decentralised: (24c). */
        MECHANICAL_EXTRACT,
        /** Balanced without heat recovery: (24b). */
        BALANCED_WITHOUT_HEAT_RECOVERY,
        /** Balanced with heat recovery: (24a). */
        BALANCED_WITH_HEAT_RECOVERY
    }

    public static final double DEFAULT_SYSTEM_AIR_CHANGE_RATE = 0.5;

    public static final MechanicalVentilation NATURAL =
            new MechanicalVentilation(Type.NATURAL, DEFAULT_SYSTEM_AIR_CHANGE_RATE, OptionalDouble.empty());
}
