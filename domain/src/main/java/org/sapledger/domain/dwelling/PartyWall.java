package org.sapledger.domain.dwelling;

import java.util.OptionalDouble;

/**
 * A party wall (line (32)); its U-value is used as given.
 *
 * @param id stable id
 * @param area area, m²
 * @param uValue U-value, W/m²K
 * @param kappa heat capacity per unit area, kJ/m²K, if known
 */
public record PartyWall(String id, double area, double uValue, OptionalDouble kappa) implements FabricElement {

    @Override
    public PartyWall withUValue(double u) {
        return new PartyWall(id, area, u, kappa);
    }

    @Override
    public PartyWall withArea(double newArea) {
        return new PartyWall(id, newArea, uValue, kappa);
    }
}
