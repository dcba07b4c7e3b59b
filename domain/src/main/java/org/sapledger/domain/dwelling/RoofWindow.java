package org.sapledger.domain.dwelling;

/**
 * A roof window or rooflight in a roof (lines (27a), (82)).
 *
 * @param id stable id
 * @param hostId id of the roof that holds it
 * @param area area, m²
 * @param orientation orientation of the slope (HORIZONTAL for a flat rooflight)
 * @param tiltDegrees tilt from horizontal, degrees (0 horizontal, 90 vertical)
 * @param uValue U-value, W/m²K
 * @param glazing glazing type, g-value and frame factor
 */
public record RoofWindow(String id, String hostId, double area, Orientation orientation, double tiltDegrees,
        double uValue, Glazing glazing) implements FabricElement.Opening {

    @Override
    public RoofWindow withUValue(double u) {
        return new RoofWindow(id, hostId, area, orientation, tiltDegrees, u, glazing);
    }

    @Override
    public RoofWindow withArea(double newArea) {
        return new RoofWindow(id, hostId, newArea, orientation, tiltDegrees, uValue, glazing);
    }
}
