package org.sapledger.domain.dwelling;

import java.util.OptionalDouble;

/**
 * An external wall (line (29a)); openings hosted by it are subtracted from its gross area.
 *
 * @param id stable id (XML {@code Name})
 * @param grossArea gross wall area including openings, m²
 * @param uValue U-value, W/m²K
 * @param kappa heat capacity per unit area, kJ/m²K, if known (line (34))
 */
public record Wall(String id, double grossArea, double uValue, OptionalDouble kappa) implements FabricElement {

    @Override
    public Wall withUValue(double u) {
        return new Wall(id, grossArea, u, kappa);
    }

    /** The gross area, m² (openings included). */
    @Override
    public double area() {
        return grossArea;
    }

    @Override
    public Wall withArea(double area) {
        return new Wall(id, area, uValue, kappa);
    }
}
