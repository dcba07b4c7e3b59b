package org.sapledger.calc.graph;

/**
 * The input fields of a {@link org.sapledger.domain.dwelling.Dwelling} as the dependency graph sees them. A
 * line that reads part of the input declares the fields it reads; an input change names the fields it touches.
 * Geometry (areas, hosts, orientation, glazing, κ) and U-values are separate fields so that a U-value change
 * does not re-evaluate areas, gains or ventilation.
 */
public enum InputField {
    STOREYS,
    WALLS_GEOMETRY, WALLS_U,
    ROOFS_GEOMETRY, ROOFS_U,
    FLOORS_GEOMETRY, FLOORS_U,
    PARTY_WALLS_GEOMETRY, PARTY_WALLS_U,
    INTERNAL_ELEMENTS,
    DOORS_GEOMETRY, DOORS_U,
    WINDOWS_GEOMETRY, WINDOWS_U,
    ROOF_WINDOWS_GEOMETRY, ROOF_WINDOWS_U,
    THERMAL_BRIDGING,
    VENTILATION,
    THERMAL_MASS,
    OVERSHADING,
    HOT_WATER,
    LIGHTING,
    CENTRAL_HEATING_PUMP,
    COOLED_AREA,
    COOLING_EFFICIENCY,
    /** The climate region (it selects the Appendix U data for a LOCAL-basis run). */
    CLIMATE,
    SPACE_HEATING_REQUIREMENT,
    /** Inputs no line reads (e.g. living area, kept for section 7). */
    UNUSED
}
