package org.sapledger.domain.dwelling;

import java.util.OptionalDouble;

/**
 * A heat-loss floor.
 *
 * @param id stable id
 * @param kind ground (28a) or exposed (28b)
 * @param area heat-loss area, m²
 * @param uValue U-value, W/m²K
 * @param kappa heat capacity per unit area, kJ/m²K, if known
 */
public record Floor(String id, FloorKind kind, double area, double uValue, OptionalDouble kappa) implements FabricElement {

    @Override
    public Floor withUValue(double u) {
        return new Floor(id, kind, area, u, kappa);
    }

    @Override
    public Floor withArea(double newArea) {
        return new Floor(id, kind, newArea, uValue, kappa);
    }
}
