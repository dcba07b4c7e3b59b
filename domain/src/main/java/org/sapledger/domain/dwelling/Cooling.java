package org.sapledger.domain.dwelling;

/**
 * Fixed air conditioning ({@code SAP-Cooling}).
 *
 * @param cooledArea cooled floor area, m² (0 = no fixed air conditioning)
 * @param efficiency declared SEER or energy class
 */
public record Cooling(double cooledArea, CoolingEfficiency efficiency) {

    /** No fixed air conditioning. */
    public static final Cooling NONE =
            new Cooling(0, new CoolingEfficiency.EnergyClass(CoolingEnergyClass.UNKNOWN));

    public Cooling withCooledArea(double area) {
        return new Cooling(area, efficiency);
    }
}
