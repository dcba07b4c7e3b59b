package org.sapledger.calc.ventilation;

/**
 * Lines (6a)–(7c): ventilation from chimneys, flues, fans, passive vents and flueless gas fires, m³/h, as the
 * count times the SAP rate for the kind of opening.
 */
public final class Line6To7cOpeningsVentilation {

    private Line6To7cOpeningsVentilation() {
    }

    /** (6a) open chimney, m³/h each. */
    public static final double OPEN_CHIMNEY = 80;
    /** (6b) open flue. */
    public static final double OPEN_FLUE = 20;
    /** (6c) chimney or flue attached to a closed fire. */
    public static final double CLOSED_FIRE = 10;
    /** (6d) flue attached to a solid-fuel boiler. */
    public static final double SOLID_FUEL_BOILER_FLUE = 20;
    /** (6e) flue attached to another heater. */
    public static final double OTHER_HEATER_FLUE = 35;
    /** (6f) blocked chimney. */
    public static final double BLOCKED_CHIMNEY = 20;
    /** (7a) intermittent extract fan. */
    public static final double EXTRACT_FAN = 10;
    /** (7b) passive vent. */
    public static final double PASSIVE_VENT = 10;
    /** (7c) flueless gas fire. */
    public static final double FLUELESS_GAS_FIRE = 40;

    /** Any of (6a)–(7c): count × rate, m³/h. */
    public static double rate(int count, double ratePerItem) {
        return count * ratePerItem;
    }
}
