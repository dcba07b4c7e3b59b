package org.sapledger.domain.dwelling;

import java.util.OptionalDouble;

/**
 * An external roof (line (30)); roof windows hosted by it are subtracted from its gross area.
 *
 * @param id stable id (XML {@code Name})
 * @param grossArea gross roof area, m²
 * @param uValue U-value, W/m²K
 * @param kappa heat capacity per unit area, kJ/m²K, if known
 */
public record Roof(String id, double grossArea, double uValue, OptionalDouble kappa) implements FabricElement {

    @Override
    public Roof withUValue(double u) {
        return new Roof(id, grossArea, u, kappa);
    }

    /** The gross area, m² (roof windows included). */
    @Override
    public double area() {
        return grossArea;
    }

    @Override
    public Roof withArea(double area) {
        return new Roof(id, area, uValue, kappa);
    }
}
