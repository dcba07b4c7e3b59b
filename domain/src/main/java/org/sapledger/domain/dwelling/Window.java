package org.sapledger.domain.dwelling;

/**
 * A window in a wall (lines (27), (74)–(81)).
 *
 * @param id stable id
 * @param hostId id of the wall that holds it
 * @param area area, m²
 * @param orientation orientation
 * @param uValue U-value of the window without curtains, W/m²K
 * @param glazing glazing type, g-value and frame factor
 */
public record Window(String id, String hostId, double area, Orientation orientation, double uValue,
        Glazing glazing) implements FabricElement.Opening {

    @Override
    public Window withUValue(double u) {
        return new Window(id, hostId, area, orientation, u, glazing);
    }

    @Override
    public Window withArea(double newArea) {
        return new Window(id, hostId, newArea, orientation, uValue, glazing);
    }
}
