package org.sapledger.domain.dwelling;

import org.sapledger.domain.ClimateRegion;

/**
 * The one place where the physically possible range of every numeric input is defined. The
 * calculation's validator and the command side use these same constants.
 */
public final class PhysicalLimits {

    private PhysicalLimits() {
    }

    /** Any element, opening or floor area, m². Must be positive. */
    public static final Range AREA = Range.aboveUpTo(0, 100_000, "m²");
    /** Storey height, m. */
    public static final Range STOREY_HEIGHT = Range.aboveUpTo(0, 100, "m");
    /** Thermal transmittance, W/m²K: (0, 10]. */
    public static final Range U_VALUE = Range.aboveUpTo(0, 10, "W/m²K");
    /** Heat capacity per unit area κ, kJ/m²K. */
    public static final Range KAPPA = Range.between(0, 1000, "kJ/m²K");
    /** Thermal mass parameter, kJ/m²K. */
    public static final Range THERMAL_MASS_PARAMETER = Range.between(0, 1000, "kJ/m²K");
    /** Global thermal-bridging y-value, W/m²K. */
    public static final Range Y_VALUE = Range.between(0, 2, "W/m²K");
    /** Linear thermal transmittance ψ, W/mK. */
    public static final Range PSI_VALUE = Range.between(-2, 5, "W/mK");
    /** Junction length, m. */
    public static final Range LENGTH = Range.aboveUpTo(0, 100_000, "m");
    /** Solar transmittance g and frame factor, dimensionless. */
    public static final Range FRACTION_POSITIVE = Range.aboveUpTo(0, 1, "");
    /** Tilt of an opening from horizontal, degrees. */
    public static final Range TILT_DEGREES = Range.between(0, 180, "°");
    /** Count of chimneys, flues, fans, vents, fires. */
    public static final Range COUNT = Range.between(0, 1000, "");
    /** Number of sheltered sides. */
    public static final Range SHELTERED_SIDES = Range.between(0, 4, "");
    /** Number of storeys for the structural-infiltration route. */
    public static final Range STOREY_COUNT = Range.between(1, 200, "");
    /** Air permeability q50 (m³/h·m² at 50 Pa) or AP4 (at 4 Pa). */
    public static final Range AIR_PERMEABILITY = Range.between(0, 100, "m³/h·m²");
    /** A percentage. */
    public static final Range PERCENT = Range.between(0, 100, "%");
    /** Mechanical ventilation system air change rate, 1/h. */
    public static final Range AIR_CHANGE_RATE = Range.aboveUpTo(0, 10, "1/h");
    /** Seasonal energy efficiency ratio of a cooling system. */
    public static final Range SEER = Range.aboveUpTo(0, 50, "");
    /** Hot-water cylinder volume, litres. */
    public static final Range CYLINDER_VOLUME = Range.aboveUpTo(0, 10_000, "L");
    /** Insulation thickness, mm. */
    public static final Range INSULATION_THICKNESS = Range.between(0, 1000, "mm");
    /** Declared cylinder loss, kWh/day. */
    public static final Range CYLINDER_LOSS = Range.between(0, 100, "kWh/day");
    /** Temperature factor of a store (Table 2b). */
    public static final Range TEMPERATURE_FACTOR = Range.between(0, 2, "");
    /** Hours per day, h. */
    public static final Range HOURS_PER_DAY = Range.between(0, 24, "h");
    /** A monthly mean power, W (declared water-heating gains). */
    public static final Range MONTHLY_GAIN = Range.between(-100_000, 100_000, "W");
    /** A monthly energy, kWh (declared space-heating requirement). */
    public static final Range MONTHLY_ENERGY = Range.between(0, 1_000_000, "kWh");
    /** Efficacy of a fixed light, lm/W. */
    public static final Range EFFICACY = Range.aboveUpTo(0, 1000, "lm/W");
    /** Power of a fixed light, W. */
    public static final Range LIGHT_POWER = Range.aboveUpTo(0, 100_000, "W");
    /** Climate region code, 0..21 (as {@link ClimateRegion}). */
    public static final Range CLIMATE_REGION =
            Range.between(ClimateRegion.MIN_CODE, ClimateRegion.MAX_CODE, "");
    /**
     * Cooled area, m²: 0 (no cooling) up to the total floor area (the upper bound depends on the
     * dwelling and is checked against TFA).
     */
    public static final Range COOLED_AREA = Range.between(0, 100_000, "m²");
}
