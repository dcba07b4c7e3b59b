package org.sapledger.domain.dwelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.sapledger.domain.ClimateRegion;

/**
 * Operations on the fabric elements of a {@link Dwelling} by element id: find, add, replace, remove. Pure functions
 * over immutable records, shared by the aggregate (its event sourcing handlers), the projections and the scenario
 * evaluation, so that all three change a dwelling in exactly the same way.
 */
public final class Dwellings {

    /** Sheltered sides assumed before a survey says otherwise (the RdSAP default for a house). */
    public static final int DEFAULT_SHELTERED_SIDES = 2;
    /** Thermal mass parameter assumed before a survey, kJ/m²K (the RdSAP default, "medium"). */
    public static final double DEFAULT_THERMAL_MASS_PARAMETER = 250;

    private Dwellings() {
    }

    /**
     * The dwelling of a newly registered property, before any survey data: no storeys and no elements; natural
     * ventilation without a pressure test; the SAP default y-value; the RdSAP default thermal mass and sheltered
     * sides; mains cold water to a combi; no air conditioning.
     */
    public static Dwelling unsurveyed(ClimateRegion region) {
        Ventilation ventilation = new Ventilation(0, 0, 0, 0, 0, 0, 0, 0, 0,
                new AirTightness.StructuralInfiltration(1, AirTightness.WallConstruction.MASONRY,
                        AirTightness.FloorConstruction.OTHER, false, 0),
                DEFAULT_SHELTERED_SIDES, MechanicalVentilation.NATURAL);
        return new Dwelling(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), ThermalBridging.DEFAULT, ventilation, ThermalMass.declared(DEFAULT_THERMAL_MASS_PARAMETER),
                0, Overshading.AVERAGE_OR_UNKNOWN,
                new HotWater(ColdWaterSource.MAINS, new HotWaterSystem.CombiInstantaneous()), Lighting.NOT_RECORDED,
                true, Cooling.NONE, region, List.of());
    }

    /** Every fabric element: walls, roofs, floors, party walls, doors, windows, roof windows, in that order. */
    public static List<FabricElement> elements(Dwelling dwelling) {
        List<FabricElement> all = new ArrayList<>();
        all.addAll(dwelling.walls());
        all.addAll(dwelling.roofs());
        all.addAll(dwelling.floors());
        all.addAll(dwelling.partyWalls());
        all.addAll(dwelling.doors());
        all.addAll(dwelling.windows());
        all.addAll(dwelling.roofWindows());
        return all;
    }

    /** The element with this id, if there is one. */
    public static Optional<FabricElement> find(Dwelling dwelling, String elementId) {
        return elements(dwelling).stream().filter(element -> element.id().equals(elementId)).findFirst();
    }

    /** The openings that sit in the wall or roof {@code hostId}. */
    public static List<FabricElement.Opening> openingsIn(Dwelling dwelling, String hostId) {
        List<FabricElement.Opening> openings = new ArrayList<>();
        for (FabricElement element : elements(dwelling)) {
            if (element instanceof FabricElement.Opening opening && opening.hostId().equals(hostId)) {
                openings.add(opening);
            }
        }
        return openings;
    }

    /** The dwelling with {@code element} appended to the list of its kind. */
    public static Dwelling add(Dwelling dwelling, FabricElement element) {
        return edit(dwelling, element, list -> append(list, element));
    }

    /** The dwelling with the element of the same id replaced by {@code element}, in place. */
    public static Dwelling replace(Dwelling dwelling, FabricElement element) {
        return edit(dwelling, element, list -> replaceById(list, element));
    }

    /** The dwelling without the element {@code elementId}; unchanged when there is none. */
    public static Dwelling remove(Dwelling dwelling, String elementId) {
        return find(dwelling, elementId)
                .map(element -> edit(dwelling, element, list -> removeById(list, elementId)))
                .orElse(dwelling);
    }

    /** Total floor area (4), m²: the sum of the storeys' floor areas. */
    public static double totalFloorArea(Dwelling dwelling) {
        double total = 0;
        for (Storey storey : dwelling.storeys()) {
            total += storey.floorArea();
        }
        return total;
    }

    /** The dwelling without the element {@code elementId} and without the openings it holds. */
    public static Dwelling removeWithOpenings(Dwelling dwelling, String elementId) {
        Dwelling changed = dwelling;
        for (FabricElement.Opening opening : openingsIn(dwelling, elementId)) {
            changed = remove(changed, opening.id());
        }
        return remove(changed, elementId);
    }

    @SuppressWarnings("unchecked")
    private static Dwelling edit(Dwelling dwelling, FabricElement kind,
                                 UnaryOperator<List<? extends FabricElement>> change) {
        if (kind instanceof Wall) {
            return dwelling.withWalls((List<Wall>) change.apply(dwelling.walls()));
        } else if (kind instanceof Roof) {
            return dwelling.withRoofs((List<Roof>) change.apply(dwelling.roofs()));
        } else if (kind instanceof Floor) {
            return dwelling.withFloors((List<Floor>) change.apply(dwelling.floors()));
        } else if (kind instanceof PartyWall) {
            return dwelling.withPartyWalls((List<PartyWall>) change.apply(dwelling.partyWalls()));
        } else if (kind instanceof Door) {
            return dwelling.withDoors((List<Door>) change.apply(dwelling.doors()));
        } else if (kind instanceof Window) {
            return dwelling.withWindows((List<Window>) change.apply(dwelling.windows()));
        } else if (kind instanceof RoofWindow) {
            return dwelling.withRoofWindows((List<RoofWindow>) change.apply(dwelling.roofWindows()));
        }
        throw new IllegalArgumentException("unknown element kind " + kind.getClass());
    }

    private static List<FabricElement> append(List<? extends FabricElement> list, FabricElement element) {
        List<FabricElement> changed = new ArrayList<>(list);
        changed.add(element);
        return changed;
    }

    private static List<FabricElement> replaceById(List<? extends FabricElement> list, FabricElement element) {
        List<FabricElement> changed = new ArrayList<>(list);
        changed.replaceAll(existing -> existing.id().equals(element.id()) ? element : existing);
        return changed;
    }

    private static List<FabricElement> removeById(List<? extends FabricElement> list, String elementId) {
        List<FabricElement> changed = new ArrayList<>(list);
        changed.removeIf(existing -> existing.id().equals(elementId));
        return changed;
    }
}
