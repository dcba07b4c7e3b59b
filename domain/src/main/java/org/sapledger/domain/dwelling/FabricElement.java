package org.sapledger.domain.dwelling;

/**
 * An element of the building fabric that a planner adds, changes or removes by its id: walls, roofs, floors,
 * party walls, and the openings (doors, windows, roof windows) that sit in a host wall or roof.
 */
public sealed interface FabricElement permits Wall, Roof, Floor, PartyWall, FabricElement.Opening {

    /** The element's id, unique within a dwelling (the XML {@code Name} when imported). */
    String id();

    /** U-value, W/m²K. */
    double uValue();

    /** The element's area, m²: gross area for walls and roofs (openings included), the opening's own area. */
    double area();

    /** The same element with another U-value. */
    FabricElement withUValue(double uValue);

    /** The same element with another area (gross area for walls and roofs). */
    FabricElement withArea(double area);

    /** An element that sits in a host wall or roof and is subtracted from its gross area. */
    sealed interface Opening extends FabricElement permits Door, Window, RoofWindow {

        /** The id of the wall or roof that holds it. */
        String hostId();
    }
}
