package org.sapledger.domain.dwelling;

import java.util.List;
import org.sapledger.domain.ClimateRegion;

/**
 * The complete input of a SAP 10.2 worksheet run for one dwelling.
 *
 * @param storeys floor records, section 1
 * @param walls external walls
 * @param roofs external roofs
 * @param floors heat-loss floors
 * @param partyWalls party walls
 * @param internalElements internal elements (heat capacity only)
 * @param doors doors
 * @param windows windows
 * @param roofWindows roof windows and rooflights
 * @param thermalBridging y-value or junction list
 * @param ventilation section 2 inputs
 * @param thermalMass declared TMP or from κ-values
 * @param livingArea living area, m² (kept for section 7; not used by lines (1)–(108))
 * @param overshading window overshading (Table 6d)
 * @param hotWater section 4 inputs
 * @param lighting Appendix L inputs
 * @param centralHeatingPumpInHeatedSpace whether a central heating pump sits in the heated space (line (70))
 * @param cooling fixed air conditioning, {@link Cooling#NONE} when there is none
 * @param region the property's Appendix U climate region
 * @param spaceHeatingRequirementKwh declared space-heating requirement (98)m, kWh, Jan..Dec, for the
 *     "(104)m &lt; 3 × (98)m" rule of section 8c; empty when unknown (then taken as 0)
 */
public record Dwelling(List<Storey> storeys, List<Wall> walls, List<Roof> roofs, List<Floor> floors,
        List<PartyWall> partyWalls, List<InternalElement> internalElements, List<Door> doors, List<Window> windows,
        List<RoofWindow> roofWindows, ThermalBridging thermalBridging, Ventilation ventilation,
        ThermalMass thermalMass, double livingArea, Overshading overshading, HotWater hotWater, Lighting lighting,
        boolean centralHeatingPumpInHeatedSpace, Cooling cooling, ClimateRegion region,
        List<Double> spaceHeatingRequirementKwh) {

    public Dwelling {
        storeys = List.copyOf(storeys);
        walls = List.copyOf(walls);
        roofs = List.copyOf(roofs);
        floors = List.copyOf(floors);
        partyWalls = List.copyOf(partyWalls);
        internalElements = List.copyOf(internalElements);
        doors = List.copyOf(doors);
        windows = List.copyOf(windows);
        roofWindows = List.copyOf(roofWindows);
        spaceHeatingRequirementKwh = List.copyOf(spaceHeatingRequirementKwh);
    }

    public Dwelling withStoreys(List<Storey> v) {
        return new Dwelling(v, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withWalls(List<Wall> v) {
        return new Dwelling(storeys, v, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withRoofs(List<Roof> v) {
        return new Dwelling(storeys, walls, v, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withFloors(List<Floor> v) {
        return new Dwelling(storeys, walls, roofs, v, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withPartyWalls(List<PartyWall> v) {
        return new Dwelling(storeys, walls, roofs, floors, v, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withInternalElements(List<InternalElement> v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, v, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withDoors(List<Door> v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, v, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withWindows(List<Window> v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, v, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withRoofWindows(List<RoofWindow> v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, v,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withThermalBridging(ThermalBridging v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                v, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withVentilation(Ventilation v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, v, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withThermalMass(ThermalMass v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, v, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withLivingArea(double v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, v, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withOvershading(Overshading v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, v, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withHotWater(HotWater v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, v, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withLighting(Lighting v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, v,
                centralHeatingPumpInHeatedSpace, cooling, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withCentralHeatingPumpInHeatedSpace(boolean v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting, v, cooling,
                region, spaceHeatingRequirementKwh);
    }

    public Dwelling withCooling(Cooling v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, v, region, spaceHeatingRequirementKwh);
    }

    public Dwelling withRegion(ClimateRegion v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, v, spaceHeatingRequirementKwh);
    }

    public Dwelling withSpaceHeatingRequirementKwh(List<Double> v) {
        return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows, roofWindows,
                thermalBridging, ventilation, thermalMass, livingArea, overshading, hotWater, lighting,
                centralHeatingPumpInHeatedSpace, cooling, region, v);
    }
}
