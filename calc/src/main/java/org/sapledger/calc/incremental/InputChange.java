package org.sapledger.calc.incremental;

import static org.sapledger.calc.graph.InputField.CENTRAL_HEATING_PUMP;
import static org.sapledger.calc.graph.InputField.CLIMATE;
import static org.sapledger.calc.graph.InputField.COOLED_AREA;
import static org.sapledger.calc.graph.InputField.COOLING_EFFICIENCY;
import static org.sapledger.calc.graph.InputField.DOORS_GEOMETRY;
import static org.sapledger.calc.graph.InputField.DOORS_U;
import static org.sapledger.calc.graph.InputField.FLOORS_GEOMETRY;
import static org.sapledger.calc.graph.InputField.FLOORS_U;
import static org.sapledger.calc.graph.InputField.HOT_WATER;
import static org.sapledger.calc.graph.InputField.INTERNAL_ELEMENTS;
import static org.sapledger.calc.graph.InputField.LIGHTING;
import static org.sapledger.calc.graph.InputField.OVERSHADING;
import static org.sapledger.calc.graph.InputField.PARTY_WALLS_GEOMETRY;
import static org.sapledger.calc.graph.InputField.PARTY_WALLS_U;
import static org.sapledger.calc.graph.InputField.ROOFS_GEOMETRY;
import static org.sapledger.calc.graph.InputField.ROOFS_U;
import static org.sapledger.calc.graph.InputField.ROOF_WINDOWS_GEOMETRY;
import static org.sapledger.calc.graph.InputField.ROOF_WINDOWS_U;
import static org.sapledger.calc.graph.InputField.SPACE_HEATING_REQUIREMENT;
import static org.sapledger.calc.graph.InputField.STOREYS;
import static org.sapledger.calc.graph.InputField.THERMAL_BRIDGING;
import static org.sapledger.calc.graph.InputField.THERMAL_MASS;
import static org.sapledger.calc.graph.InputField.UNUSED;
import static org.sapledger.calc.graph.InputField.VENTILATION;
import static org.sapledger.calc.graph.InputField.WALLS_GEOMETRY;
import static org.sapledger.calc.graph.InputField.WALLS_U;
import static org.sapledger.calc.graph.InputField.WINDOWS_GEOMETRY;
import static org.sapledger.calc.graph.InputField.WINDOWS_U;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sapledger.calc.graph.InputField;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Door;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Floor;
import org.sapledger.domain.dwelling.HotWater;
import org.sapledger.domain.dwelling.InternalElement;
import org.sapledger.domain.dwelling.Lighting;
import org.sapledger.domain.dwelling.Overshading;
import org.sapledger.domain.dwelling.PartyWall;
import org.sapledger.domain.dwelling.Roof;
import org.sapledger.domain.dwelling.RoofWindow;
import org.sapledger.domain.dwelling.Storey;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.ThermalMass;
import org.sapledger.domain.dwelling.Ventilation;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.dwelling.Window;

/**
 * One change to a dwelling's inputs, as a later command/event will carry it. Each change knows how to apply
 * itself and which {@link InputField}s it touches; the worksheet re-evaluates only the lines downstream of
 * those fields. Elements are addressed by their stable id; {@code Put…} adds or replaces.
 */
public sealed interface InputChange {

    /** The dwelling after the change. */
    Dwelling applyTo(Dwelling d);

    /** The input fields the change touches. */
    Set<InputField> fields();

    private static Set<InputField> of(InputField first, InputField... rest) {
        return EnumSet.of(first, rest);
    }

    // storeys
    record PutStorey(Storey storey) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withStoreys(ById.put(d.storeys(), storey, Storey::id));
        }

        public Set<InputField> fields() {
            return of(STOREYS);
        }
    }

    record SetStoreys(List<Storey> storeys) implements InputChange {
        public SetStoreys {
            storeys = List.copyOf(storeys);
        }

        public Dwelling applyTo(Dwelling d) {
            return d.withStoreys(storeys);
        }

        public Set<InputField> fields() {
            return of(STOREYS);
        }
    }

    record RemoveStorey(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withStoreys(ById.remove(d.storeys(), id, Storey::id, "storeys"));
        }

        public Set<InputField> fields() {
            return of(STOREYS);
        }
    }

    // walls
    record PutWall(Wall wall) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withWalls(ById.put(d.walls(), wall, Wall::id));
        }

        public Set<InputField> fields() {
            return of(WALLS_GEOMETRY, WALLS_U);
        }
    }

    record RemoveWall(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withWalls(ById.remove(d.walls(), id, Wall::id, "walls"));
        }

        public Set<InputField> fields() {
            return of(WALLS_GEOMETRY, WALLS_U);
        }
    }

    record SetWallUValue(String id, double uValue) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withWalls(ById.modify(d.walls(), id, Wall::id, w -> w.withUValue(uValue), "walls"));
        }

        public Set<InputField> fields() {
            return of(WALLS_U);
        }
    }

    // roofs
    record PutRoof(Roof roof) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withRoofs(ById.put(d.roofs(), roof, Roof::id));
        }

        public Set<InputField> fields() {
            return of(ROOFS_GEOMETRY, ROOFS_U);
        }
    }

    record RemoveRoof(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withRoofs(ById.remove(d.roofs(), id, Roof::id, "roofs"));
        }

        public Set<InputField> fields() {
            return of(ROOFS_GEOMETRY, ROOFS_U);
        }
    }

    record SetRoofUValue(String id, double uValue) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withRoofs(ById.modify(d.roofs(), id, Roof::id, r -> r.withUValue(uValue), "roofs"));
        }

        public Set<InputField> fields() {
            return of(ROOFS_U);
        }
    }

    // floors
    record PutFloor(Floor floor) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withFloors(ById.put(d.floors(), floor, Floor::id));
        }

        public Set<InputField> fields() {
            return of(FLOORS_GEOMETRY, FLOORS_U);
        }
    }

    record RemoveFloor(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withFloors(ById.remove(d.floors(), id, Floor::id, "floors"));
        }

        public Set<InputField> fields() {
            return of(FLOORS_GEOMETRY, FLOORS_U);
        }
    }

    record SetFloorUValue(String id, double uValue) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withFloors(ById.modify(d.floors(), id, Floor::id, f -> f.withUValue(uValue), "floors"));
        }

        public Set<InputField> fields() {
            return of(FLOORS_U);
        }
    }

    // party walls
    record PutPartyWall(PartyWall partyWall) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withPartyWalls(ById.put(d.partyWalls(), partyWall, PartyWall::id));
        }

        public Set<InputField> fields() {
            return of(PARTY_WALLS_GEOMETRY, PARTY_WALLS_U);
        }
    }

    record RemovePartyWall(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withPartyWalls(ById.remove(d.partyWalls(), id, PartyWall::id, "partyWalls"));
        }

        public Set<InputField> fields() {
            return of(PARTY_WALLS_GEOMETRY, PARTY_WALLS_U);
        }
    }

    record SetPartyWallUValue(String id, double uValue) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withPartyWalls(
                    ById.modify(d.partyWalls(), id, PartyWall::id, p -> p.withUValue(uValue), "partyWalls"));
        }

        public Set<InputField> fields() {
            return of(PARTY_WALLS_U);
        }
    }

    // internal elements
    record PutInternalElement(InternalElement element) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withInternalElements(ById.put(d.internalElements(), element, InternalElement::id));
        }

        public Set<InputField> fields() {
            return of(INTERNAL_ELEMENTS);
        }
    }

    record RemoveInternalElement(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withInternalElements(
                    ById.remove(d.internalElements(), id, InternalElement::id, "internalElements"));
        }

        public Set<InputField> fields() {
            return of(INTERNAL_ELEMENTS);
        }
    }

    // doors
    record PutDoor(Door door) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withDoors(ById.put(d.doors(), door, Door::id));
        }

        public Set<InputField> fields() {
            return of(DOORS_GEOMETRY, DOORS_U);
        }
    }

    record RemoveDoor(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withDoors(ById.remove(d.doors(), id, Door::id, "doors"));
        }

        public Set<InputField> fields() {
            return of(DOORS_GEOMETRY, DOORS_U);
        }
    }

    record SetDoorUValue(String id, double uValue) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withDoors(ById.modify(d.doors(), id, Door::id, x -> x.withUValue(uValue), "doors"));
        }

        public Set<InputField> fields() {
            return of(DOORS_U);
        }
    }

    // windows
    record PutWindow(Window window) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withWindows(ById.put(d.windows(), window, Window::id));
        }

        public Set<InputField> fields() {
            return of(WINDOWS_GEOMETRY, WINDOWS_U);
        }
    }

    record RemoveWindow(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withWindows(ById.remove(d.windows(), id, Window::id, "windows"));
        }

        public Set<InputField> fields() {
            return of(WINDOWS_GEOMETRY, WINDOWS_U);
        }
    }

    record SetWindowUValue(String id, double uValue) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withWindows(ById.modify(d.windows(), id, Window::id, x -> x.withUValue(uValue), "windows"));
        }

        public Set<InputField> fields() {
            return of(WINDOWS_U);
        }
    }

    // roof windows
    record PutRoofWindow(RoofWindow roofWindow) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withRoofWindows(ById.put(d.roofWindows(), roofWindow, RoofWindow::id));
        }

        public Set<InputField> fields() {
            return of(ROOF_WINDOWS_GEOMETRY, ROOF_WINDOWS_U);
        }
    }

    record RemoveRoofWindow(String id) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withRoofWindows(ById.remove(d.roofWindows(), id, RoofWindow::id, "roofWindows"));
        }

        public Set<InputField> fields() {
            return of(ROOF_WINDOWS_GEOMETRY, ROOF_WINDOWS_U);
        }
    }

    record SetRoofWindowUValue(String id, double uValue) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withRoofWindows(
                    ById.modify(d.roofWindows(), id, RoofWindow::id, x -> x.withUValue(uValue), "roofWindows"));
        }

        public Set<InputField> fields() {
            return of(ROOF_WINDOWS_U);
        }
    }

    // whole-dwelling inputs
    record SetThermalBridging(ThermalBridging thermalBridging) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withThermalBridging(thermalBridging);
        }

        public Set<InputField> fields() {
            return of(THERMAL_BRIDGING);
        }
    }

    record SetVentilation(Ventilation ventilation) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withVentilation(ventilation);
        }

        public Set<InputField> fields() {
            return of(VENTILATION);
        }
    }

    record SetThermalMass(ThermalMass thermalMass) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withThermalMass(thermalMass);
        }

        public Set<InputField> fields() {
            return of(THERMAL_MASS);
        }
    }

    record SetLivingArea(double livingArea) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withLivingArea(livingArea);
        }

        public Set<InputField> fields() {
            return of(UNUSED);
        }
    }

    record SetOvershading(Overshading overshading) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withOvershading(overshading);
        }

        public Set<InputField> fields() {
            return of(OVERSHADING);
        }
    }

    record SetHotWater(HotWater hotWater) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withHotWater(hotWater);
        }

        public Set<InputField> fields() {
            return of(HOT_WATER);
        }
    }

    record SetLighting(Lighting lighting) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withLighting(lighting);
        }

        public Set<InputField> fields() {
            return of(LIGHTING);
        }
    }

    record SetCentralHeatingPump(boolean inHeatedSpace) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withCentralHeatingPumpInHeatedSpace(inHeatedSpace);
        }

        public Set<InputField> fields() {
            return of(CENTRAL_HEATING_PUMP);
        }
    }

    record SetCooledArea(double cooledArea) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withCooling(d.cooling().withCooledArea(cooledArea));
        }

        public Set<InputField> fields() {
            return of(COOLED_AREA);
        }
    }

    /** Installs, replaces or (with {@link org.sapledger.domain.dwelling.Cooling#NONE}) removes air conditioning. */
    record SetCooling(org.sapledger.domain.dwelling.Cooling cooling) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withCooling(cooling);
        }

        public Set<InputField> fields() {
            return of(COOLED_AREA, COOLING_EFFICIENCY);
        }
    }

    record SetCoolingEfficiency(CoolingEfficiency efficiency) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withCooling(new org.sapledger.domain.dwelling.Cooling(d.cooling().cooledArea(), efficiency));
        }

        public Set<InputField> fields() {
            return of(COOLING_EFFICIENCY);
        }
    }

    record SetClimateRegion(ClimateRegion region) implements InputChange {
        public Dwelling applyTo(Dwelling d) {
            return d.withRegion(region);
        }

        public Set<InputField> fields() {
            return of(CLIMATE);
        }
    }

    record SetSpaceHeatingRequirement(List<Double> monthlyKwh) implements InputChange {
        public SetSpaceHeatingRequirement {
            monthlyKwh = List.copyOf(monthlyKwh);
        }

        public Dwelling applyTo(Dwelling d) {
            return d.withSpaceHeatingRequirementKwh(monthlyKwh);
        }

        public Set<InputField> fields() {
            return of(SPACE_HEATING_REQUIREMENT);
        }
    }

    /**
     * Replaces the whole dwelling with {@code after}, touching exactly {@code fields}: what
     * {@link DwellingDiff#between} finds between two dwellings. Lets a caller that knows only the dwelling before
     * and after (an event, a scenario's measures) re-evaluate no more than the lines that can change.
     */
    record ReplaceDwelling(Dwelling after, Set<InputField> fields) implements InputChange {
        public ReplaceDwelling {
            fields = fields.isEmpty() ? EnumSet.noneOf(InputField.class) : EnumSet.copyOf(fields);
        }

        public Dwelling applyTo(Dwelling d) {
            return after;
        }
    }
}
