package org.sapledger.domain.dwelling;

import java.util.List;
import java.util.function.Consumer;
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
        return edit(draft -> draft.storeys = v);
    }

    public Dwelling withWalls(List<Wall> v) {
        return edit(draft -> draft.walls = v);
    }

    public Dwelling withRoofs(List<Roof> v) {
        return edit(draft -> draft.roofs = v);
    }

    public Dwelling withFloors(List<Floor> v) {
        return edit(draft -> draft.floors = v);
    }

    public Dwelling withPartyWalls(List<PartyWall> v) {
        return edit(draft -> draft.partyWalls = v);
    }

    public Dwelling withInternalElements(List<InternalElement> v) {
        return edit(draft -> draft.internalElements = v);
    }

    public Dwelling withDoors(List<Door> v) {
        return edit(draft -> draft.doors = v);
    }

    public Dwelling withWindows(List<Window> v) {
        return edit(draft -> draft.windows = v);
    }

    public Dwelling withRoofWindows(List<RoofWindow> v) {
        return edit(draft -> draft.roofWindows = v);
    }

    public Dwelling withThermalBridging(ThermalBridging v) {
        return edit(draft -> draft.thermalBridging = v);
    }

    public Dwelling withVentilation(Ventilation v) {
        return edit(draft -> draft.ventilation = v);
    }

    public Dwelling withThermalMass(ThermalMass v) {
        return edit(draft -> draft.thermalMass = v);
    }

    public Dwelling withLivingArea(double v) {
        return edit(draft -> draft.livingArea = v);
    }

    public Dwelling withOvershading(Overshading v) {
        return edit(draft -> draft.overshading = v);
    }

    public Dwelling withHotWater(HotWater v) {
        return edit(draft -> draft.hotWater = v);
    }

    public Dwelling withLighting(Lighting v) {
        return edit(draft -> draft.lighting = v);
    }

    public Dwelling withCentralHeatingPumpInHeatedSpace(boolean v) {
        return edit(draft -> draft.centralHeatingPumpInHeatedSpace = v);
    }

    public Dwelling withCooling(Cooling v) {
        return edit(draft -> draft.cooling = v);
    }

    public Dwelling withRegion(ClimateRegion v) {
        return edit(draft -> draft.region = v);
    }

    public Dwelling withSpaceHeatingRequirementKwh(List<Double> v) {
        return edit(draft -> draft.spaceHeatingRequirementKwh = v);
    }

    /** This dwelling with the parts {@code change} sets on a draft of it. */
    private Dwelling edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.build();
    }

    /** A mutable copy of a dwelling's parts, from which the {@code with…} methods build the changed dwelling. */
    private static final class Draft {
        private List<Storey> storeys;
        private List<Wall> walls;
        private List<Roof> roofs;
        private List<Floor> floors;
        private List<PartyWall> partyWalls;
        private List<InternalElement> internalElements;
        private List<Door> doors;
        private List<Window> windows;
        private List<RoofWindow> roofWindows;
        private ThermalBridging thermalBridging;
        private Ventilation ventilation;
        private ThermalMass thermalMass;
        private double livingArea;
        private Overshading overshading;
        private HotWater hotWater;
        private Lighting lighting;
        private boolean centralHeatingPumpInHeatedSpace;
        private Cooling cooling;
        private ClimateRegion region;
        private List<Double> spaceHeatingRequirementKwh;

        private Draft(Dwelling dwelling) {
            storeys = dwelling.storeys();
            walls = dwelling.walls();
            roofs = dwelling.roofs();
            floors = dwelling.floors();
            partyWalls = dwelling.partyWalls();
            internalElements = dwelling.internalElements();
            doors = dwelling.doors();
            windows = dwelling.windows();
            roofWindows = dwelling.roofWindows();
            thermalBridging = dwelling.thermalBridging();
            ventilation = dwelling.ventilation();
            thermalMass = dwelling.thermalMass();
            livingArea = dwelling.livingArea();
            overshading = dwelling.overshading();
            hotWater = dwelling.hotWater();
            lighting = dwelling.lighting();
            centralHeatingPumpInHeatedSpace = dwelling.centralHeatingPumpInHeatedSpace();
            cooling = dwelling.cooling();
            region = dwelling.region();
            spaceHeatingRequirementKwh = dwelling.spaceHeatingRequirementKwh();
        }

        private Dwelling build() {
            return new Dwelling(storeys, walls, roofs, floors, partyWalls, internalElements, doors, windows,
                    roofWindows, thermalBridging, ventilation, thermalMass, livingArea, overshading,
                    hotWater, lighting, centralHeatingPumpInHeatedSpace, cooling, region,
                    spaceHeatingRequirementKwh);
        }
    }
}
