package org.sapledger.domain.dwelling;

/**
 * A door (line (26)).
 *
 * @param id stable id
 * @param hostId id of the wall that holds it
 * @param area area, m²
 * @param uValue U-value, W/m²K
 */
public record Door(String id, String hostId, double area, double uValue) implements FabricElement.Opening {

    @Override
    public Door withUValue(double u) {
        return new Door(id, hostId, area, u);
    }

    @Override
    public Door withArea(double newArea) {
        return new Door(id, hostId, newArea, uValue);
    }
}
