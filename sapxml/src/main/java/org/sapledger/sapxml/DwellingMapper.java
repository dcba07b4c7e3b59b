package org.sapledger.sapxml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.AirTightness;
import org.sapledger.domain.dwelling.ColdWaterSource;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.CoolingEnergyClass;
import org.sapledger.domain.dwelling.CylinderInsulation;
import org.sapledger.domain.dwelling.Door;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.FixedLight;
import org.sapledger.domain.dwelling.Floor;
import org.sapledger.domain.dwelling.FloorKind;
import org.sapledger.domain.dwelling.Glazing;
import org.sapledger.domain.dwelling.GlazingType;
import org.sapledger.domain.dwelling.HotWater;
import org.sapledger.domain.dwelling.HotWaterSystem;
import org.sapledger.domain.dwelling.InternalElement;
import org.sapledger.domain.dwelling.InternalElementKind;
import org.sapledger.domain.dwelling.Lighting;
import org.sapledger.domain.dwelling.LinearThermalBridge;
import org.sapledger.domain.dwelling.MechanicalVentilation;
import org.sapledger.domain.dwelling.Orientation;
import org.sapledger.domain.dwelling.Overshading;
import org.sapledger.domain.dwelling.PartyWall;
import org.sapledger.domain.dwelling.PhysicalLimits;
import org.sapledger.domain.dwelling.Range;
import org.sapledger.domain.dwelling.Roof;
import org.sapledger.domain.dwelling.RoofWindow;
import org.sapledger.domain.dwelling.Storey;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.ThermalMass;
import org.sapledger.domain.dwelling.Ventilation;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.dwelling.Window;
import org.sapledger.domain.property.DwellingType;
import org.sapledger.sapxml.schema.EnergyPerformanceCertificate;
import org.sapledger.sapxml.schema.MainHeating;
import org.sapledger.sapxml.schema.SAPBuildingPart;
import org.sapledger.sapxml.schema.SAPCooling;
import org.sapledger.sapxml.schema.SAPFloorDimension;
import org.sapledger.sapxml.schema.SAPHeating;
import org.sapledger.sapxml.schema.SAPLighting;
import org.sapledger.sapxml.schema.SAPOpening;
import org.sapledger.sapxml.schema.SAPOpeningType;
import org.sapledger.sapxml.schema.SAPPropertyDetails;
import org.sapledger.sapxml.schema.SAPRoof;
import org.sapledger.sapxml.schema.SAPThermalBridge;
import org.sapledger.sapxml.schema.SAPThermalBridges;
import org.sapledger.sapxml.schema.SAPVentilation;
import org.sapledger.sapxml.schema.SAPWall;

/** Maps the bound SAP-Schema-19.1.0 document onto the domain input model. */
final class DwellingMapper {

    private static final String ROOT = "SAP-Report/SAP10-Data/SAP-Property-Details/";
    private static final String PART = ROOT + "SAP-Building-Parts/SAP-Building-Part/";
    private static final String HEATING = ROOT + "SAP-Heating/";
    private static final String VENT = ROOT + "SAP-Ventilation/";

    /** Leaf element paths the mapping reads; every other leaf is reported as unused. */
    static final Set<String> USED_PATHS = new HashSet<>();

    static {
        USED_PATHS.add("SAP-Report/Report-Header/Property/Address/Address-Line-1");
        USED_PATHS.add("SAP-Report/Report-Header/Property/Address/Postcode");
        USED_PATHS.add("SAP-Report/Report-Header/Property-Type");
        for (String p : List.of("Property-Type", "Cold-Water-Source", "Living-Area", "Windows-Overshading", "Thermal-Mass-Parameter",
                "SAP-Lighting", "SAP-Lighting/Fixed-Lights",
                "SAP-Lighting/Fixed-Lights/Fixed-Light/Lighting-Efficacy",
                "SAP-Lighting/Fixed-Lights/Fixed-Light/Lighting-Power",
                "SAP-Lighting/Fixed-Lights/Fixed-Light/Lighting-Outlets", "SAP-Opening-Types",
                "SAP-Opening-Types/SAP-Opening-Type/Name", "SAP-Opening-Types/SAP-Opening-Type/Type",
                "SAP-Opening-Types/SAP-Opening-Type/U-Value", "SAP-Opening-Types/SAP-Opening-Type/Glazing-Type",
                "SAP-Opening-Types/SAP-Opening-Type/Solar-Transmittance",
                "SAP-Opening-Types/SAP-Opening-Type/Frame-Factor", "SAP-Opening-Types/SAP-Opening-Type/Data-Source",
                "SAP-Cooling/Cooled-Area", "SAP-Cooling/Cooling-System-Class",
                "SAP-Cooling/System-Energy-Efficiency-Ratio", "SAP-Cooling/Cooling-System-Data-Source")) {
            USED_PATHS.add(ROOT + p);
        }
        for (String p : List.of("Building-Part-Number", "SAP-Floor-Dimensions/SAP-Floor-Dimension/Name",
                "SAP-Floor-Dimensions/SAP-Floor-Dimension/Storey", "SAP-Floor-Dimensions/SAP-Floor-Dimension/Floor-Type",
                "SAP-Floor-Dimensions/SAP-Floor-Dimension/Total-Floor-Area",
                "SAP-Floor-Dimensions/SAP-Floor-Dimension/Storey-Height",
                "SAP-Floor-Dimensions/SAP-Floor-Dimension/Heat-Loss-Area",
                "SAP-Floor-Dimensions/SAP-Floor-Dimension/U-Value",
                "SAP-Floor-Dimensions/SAP-Floor-Dimension/Kappa-Value", "SAP-Walls/SAP-Wall/Name",
                "SAP-Walls/SAP-Wall/Wall-Type", "SAP-Walls/SAP-Wall/Total-Wall-Area", "SAP-Walls/SAP-Wall/U-Value",
                "SAP-Walls/SAP-Wall/Kappa-Value", "SAP-Roofs/SAP-Roof/Name", "SAP-Roofs/SAP-Roof/Roof-Type",
                "SAP-Roofs/SAP-Roof/Total-Roof-Area", "SAP-Roofs/SAP-Roof/U-Value", "SAP-Roofs/SAP-Roof/Kappa-Value",
                "SAP-Openings/SAP-Opening/Name", "SAP-Openings/SAP-Opening/Type", "SAP-Openings/SAP-Opening/Height",
                "SAP-Openings/SAP-Opening/Width", "SAP-Openings/SAP-Opening/Location",
                "SAP-Openings/SAP-Opening/Orientation", "SAP-Openings/SAP-Opening/Pitch",
                "SAP-Thermal-Bridges/Thermal-Bridge-Code", "SAP-Thermal-Bridges/User-Defined-Y-Value",
                "SAP-Thermal-Bridges/SAP-Thermal-Bridge/Length", "SAP-Thermal-Bridges/SAP-Thermal-Bridge/Psi-Value")) {
            USED_PATHS.add(PART + p);
        }
        for (String p : List.of("Water-Heating-Code", "Has-Hot-Water-Cylinder", "Has-Fixed-Air-Conditioning",
                "Hot-Water-Store-Size", "Hot-Water-Store-Heat-Loss-Source", "Hot-Water-Store-Heat-Loss",
                "Hot-Water-Store-Insulation-Type", "Hot-Water-Store-Insulation-Thickness", "Is-Cylinder-In-Heated-Space",
                "Is-Hot-Water-Separately-Timed", "Primary-Pipework-Insulation",
                "Main-Heating-Details/Main-Heating/Is-Central-Heating-Pump-In-Heated-Space",
                "Main-Heating-Details/Main-Heating/Central-Heating-Pump-Age")) {
            USED_PATHS.add(HEATING + p);
        }
        for (String p : List.of("Open-Chimneys-Count", "Open-Flues-Count", "Closed-Flues-Count", "Boilers-Flues-Count",
                "Other-Flues-Count", "Blocked-Chimneys-Count", "Extract-Fans-Count", "PSV-Count",
                "Flueless-Gas-Fires-Count", "Pressure-Test", "Air-Permeability", "Ground-Floor-Type", "Wall-Type",
                "Has-Draught-Lobby", "DraughtStripping", "Sheltered-Sides-Count", "Ventilation-Type",
                "Mechanical-Vent-Heat-Recovery-Efficiency")) {
            USED_PATHS.add(VENT + p);
        }
    }

    private final List<ImportMessage> warnings;
    private final List<ImportMessage> errors = new ArrayList<>();

    DwellingMapper(List<ImportMessage> warnings) {
        this.warnings = warnings;
    }

    ImportResult map(EnergyPerformanceCertificate report, ClimateRegion region) {
        if (report == null || report.getSAP10Data() == null || report.getSAP10Data().getSAPPropertyDetails() == null) {
            throw new SapXmlImportException(List.of(ImportMessage.at("SAP10-Data/SAP-Property-Details",
                    "is required")));
        }
        SAPPropertyDetails p = report.getSAP10Data().getSAPPropertyDetails();
        List<Storey> storeys = new ArrayList<>();
        List<Wall> walls = new ArrayList<>();
        List<Roof> roofs = new ArrayList<>();
        List<Floor> floors = new ArrayList<>();
        List<PartyWall> partyWalls = new ArrayList<>();
        List<InternalElement> internal = new ArrayList<>();
        List<Door> doors = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        List<RoofWindow> roofWindows = new ArrayList<>();
        Map<String, SAPOpeningType> openingTypes = openingTypes(p);
        ThermalBridging bridging = null;
        Set<String> storeyLevels = new LinkedHashSet<>();

        List<SAPBuildingPart> parts = p.getSAPBuildingParts() == null ? List.of()
                : p.getSAPBuildingParts().getSAPBuildingPart();
        if (parts.isEmpty()) {
            error("SAP-Building-Parts", "at least one SAP-Building-Part is required");
        }
        for (int pi = 0; pi < parts.size(); pi++) {
            SAPBuildingPart part = parts.get(pi);
            int partNo = part.getBuildingPartNumber() == null ? pi + 1 : part.getBuildingPartNumber().intValue();
            String pp = "SAP-Building-Part[" + partNo + "]";
            floorDimensions(part, pp, partNo, storeys, floors, internal, storeyLevels);
            walls(part, pp, partNo, walls, partyWalls, internal);
            roofs(part, pp, partNo, roofs, internal);
            openings(part, pp, partNo, openingTypes, doors, windows, roofWindows);
            ThermalBridging tb = thermalBridges(part.getSAPThermalBridges(), pp + "/SAP-Thermal-Bridges");
            if (bridging == null) {
                bridging = tb;
            } else if (tb != null && !tb.equals(bridging)) {
                warn(pp + "/SAP-Thermal-Bridges", "differs from building part 1; the first part's thermal bridging "
                        + "is applied to the whole dwelling");
            }
        }
        if (bridging == null) {
            bridging = ThermalBridging.DEFAULT;
        }
        Ventilation ventilation = ventilation(p.getSAPVentilation(), storeyLevels.size());
        ThermalMass mass = p.getThermalMassParameter() == null ? ThermalMass.FROM_KAPPA
                : ThermalMass.declared(number(p.getThermalMassParameter(), "Thermal-Mass-Parameter",
                        PhysicalLimits.THERMAL_MASS_PARAMETER));
        double livingArea = p.getLivingArea() == null ? 0 : p.getLivingArea().doubleValue();
        Overshading overshading = overshading(p.getWindowsOvershading());
        SAPHeating heating = p.getSAPHeating();
        HotWater hotWater = hotWater(p.getColdWaterSource(), heating);
        Lighting lighting = lighting(p.getSAPLighting());
        boolean pump = pump(heating);
        Cooling cooling = cooling(p.getSAPCooling(), heating);

        if (!errors.isEmpty()) {
            throw new SapXmlImportException(errors);
        }
        Dwelling d = new Dwelling(storeys, walls, roofs, floors, partyWalls, internal, doors, windows, roofWindows,
                bridging, ventilation, mass, livingArea, overshading, hotWater, lighting, pump, cooling, region,
                List.of());
        return new ImportResult(d, header(report, p), warnings);
    }

    private ImportHeader header(EnergyPerformanceCertificate report, SAPPropertyDetails p) {
        Optional<String> address = Optional.empty();
        Optional<String> postcode = Optional.empty();
        String type = p.getPropertyType();
        var h = report.getReportHeader();
        if (h != null) {
            if (h.getProperty() != null && h.getProperty().getAddress() != null) {
                address = Optional.ofNullable(h.getProperty().getAddress().getAddressLine1()).filter(x -> !x.isBlank());
                postcode = Optional.ofNullable(h.getProperty().getAddress().getPostcode()).filter(x -> !x.isBlank());
            }
            if (type == null) {
                type = h.getPropertyType();
            }
        }
        Optional<DwellingType> dwellingType = Optional.empty();
        if (type != null) {
            dwellingType = switch (type.trim()) {
                case "0" -> Optional.of(DwellingType.HOUSE);
                case "1" -> Optional.of(DwellingType.BUNGALOW);
                case "2" -> Optional.of(DwellingType.FLAT);
                case "3" -> Optional.of(DwellingType.MAISONETTE);
                case "4" -> Optional.of(DwellingType.PARK_HOME);
                default -> {
                    warn("Property-Type", "unknown property type " + type + "; ignored");
                    yield Optional.empty();
                }
            };
        }
        return new ImportHeader(address, postcode, dwellingType);
    }

    // ---- geometry ----

    private void floorDimensions(SAPBuildingPart part, String pp, int partNo, List<Storey> storeys,
            List<Floor> floors, List<InternalElement> internal, Set<String> storeyLevels) {
        if (part.getSAPFloorDimensions() == null) {
            error(pp + "/SAP-Floor-Dimensions", "is required");
            return;
        }
        List<SAPFloorDimension> dims = part.getSAPFloorDimensions().getSAPFloorDimension();
        for (int i = 0; i < dims.size(); i++) {
            SAPFloorDimension f = dims.get(i);
            String id = f.getName() != null ? f.getName() : "part" + partNo + "_storey_" + f.getStorey() + "_" + (i + 1);
            String ep = pp + "/SAP-Floor-Dimensions/SAP-Floor-Dimension[" + id + "]";
            double area = required(f.getTotalFloorArea(), ep + "/Total-Floor-Area", PhysicalLimits.AREA);
            double height = required(f.getStoreyHeight(), ep + "/Storey-Height", PhysicalLimits.STOREY_HEIGHT);
            storeys.add(new Storey(id, area, height));
            if (f.getStorey() != null) {
                storeyLevels.add(partNo + "/" + f.getStorey());
            }
            double heatLoss = f.getHeatLossArea() == null ? 0 : f.getHeatLossArea().doubleValue();
            String type = f.getFloorType();
            OptionalDouble kappa = kappa(f.getKappaValue(), ep + "/Kappa-Value");
            if (heatLoss > 0) {
                if ("4".equals(type)) {
                    warn(ep + "/Heat-Loss-Area", "a party floor has no heat loss; ignored");
                    continue;
                }
                FloorKind kind = "3".equals(type) ? FloorKind.EXPOSED : FloorKind.GROUND;
                double u = required(f.getUValue(), ep + "/U-Value", PhysicalLimits.U_VALUE);
                floors.add(new Floor(id, kind, number(f.getHeatLossArea(), ep + "/Heat-Loss-Area", PhysicalLimits.AREA),
                        u, kappa));
            } else if (kappa.isPresent()) {
                internal.add(new InternalElement(id, InternalElementKind.INTERNAL_FLOOR, area, kappa));
            }
        }
    }

    private void walls(SAPBuildingPart part, String pp, int partNo, List<Wall> walls, List<PartyWall> partyWalls,
            List<InternalElement> internal) {
        if (part.getSAPWalls() == null) {
            return;
        }
        List<SAPWall> list = part.getSAPWalls().getSAPWall();
        for (int i = 0; i < list.size(); i++) {
            SAPWall w = list.get(i);
            String id = w.getName() != null ? w.getName() : "part" + partNo + "_wall_" + (i + 1);
            String ep = pp + "/SAP-Walls/SAP-Wall[" + id + "]";
            double area = required(w.getTotalWallArea(), ep + "/Total-Wall-Area", PhysicalLimits.AREA);
            OptionalDouble kappa = kappa(w.getKappaValue(), ep + "/Kappa-Value");
            String type = w.getWallType() == null ? "2" : w.getWallType();
            switch (type) {
                case "1", "2", "3" -> {
                    if ("3".equals(type)) {
                        warn(ep + "/Wall-Type", "sheltered wall: its U-value is used as given");
                    }
                    walls.add(new Wall(id, area, required(w.getUValue(), ep + "/U-Value", PhysicalLimits.U_VALUE),
                            kappa));
                }
                case "4" -> partyWalls.add(new PartyWall(id, area,
                        required(w.getUValue(), ep + "/U-Value", PhysicalLimits.U_VALUE), kappa));
                case "5" -> internal.add(new InternalElement(id, InternalElementKind.INTERNAL_WALL, area, kappa));
                default -> error(ep + "/Wall-Type", "unknown wall type " + type);
            }
        }
    }

    private void roofs(SAPBuildingPart part, String pp, int partNo, List<Roof> roofs, List<InternalElement> internal) {
        if (part.getSAPRoofs() == null) {
            return;
        }
        List<SAPRoof> list = part.getSAPRoofs().getSAPRoof();
        for (int i = 0; i < list.size(); i++) {
            SAPRoof r = list.get(i);
            String id = r.getName() != null ? r.getName() : "part" + partNo + "_roof_" + (i + 1);
            String ep = pp + "/SAP-Roofs/SAP-Roof[" + id + "]";
            double area = required(r.getTotalRoofArea(), ep + "/Total-Roof-Area", PhysicalLimits.AREA);
            OptionalDouble kappa = kappa(r.getKappaValue(), ep + "/Kappa-Value");
            String type = r.getRoofType() == null ? "2" : r.getRoofType();
            if ("4".equals(type)) {
                internal.add(new InternalElement(id, InternalElementKind.INTERNAL_CEILING, area, kappa));
            } else if ("2".equals(type)) {
                roofs.add(new Roof(id, area, required(r.getUValue(), ep + "/U-Value", PhysicalLimits.U_VALUE), kappa));
            } else {
                error(ep + "/Roof-Type", "unknown roof type " + type);
            }
        }
    }

    private Map<String, SAPOpeningType> openingTypes(SAPPropertyDetails p) {
        Map<String, SAPOpeningType> out = new HashMap<>();
        if (p.getSAPOpeningTypes() != null) {
            for (SAPOpeningType t : p.getSAPOpeningTypes().getSAPOpeningType()) {
                if (t.getName() == null) {
                    error("SAP-Opening-Types/SAP-Opening-Type/Name", "is required");
                } else {
                    out.put(t.getName(), t);
                }
            }
        }
        return out;
    }

    private void openings(SAPBuildingPart part, String pp, int partNo, Map<String, SAPOpeningType> types,
            List<Door> doors, List<Window> windows, List<RoofWindow> roofWindows) {
        if (part.getSAPOpenings() == null) {
            return;
        }
        List<SAPOpening> list = part.getSAPOpenings().getSAPOpening();
        for (int i = 0; i < list.size(); i++) {
            SAPOpening o = list.get(i);
            String id = o.getName() != null ? o.getName() : "part" + partNo + "_opening_" + (i + 1);
            String ep = pp + "/SAP-Openings/SAP-Opening[" + id + "]";
            SAPOpeningType t = o.getType() == null ? null : types.get(o.getType());
            if (t == null) {
                error(ep + "/Type", "no SAP-Opening-Type named " + o.getType());
                continue;
            }
            String tp = "SAP-Opening-Types/SAP-Opening-Type[" + t.getName() + "]";
            double height = required(o.getHeight(), ep + "/Height", PhysicalLimits.AREA);
            double width = required(o.getWidth(), ep + "/Width", PhysicalLimits.AREA);
            double area = height * width;
            double u = required(t.getUValue(), tp + "/U-Value", PhysicalLimits.U_VALUE);
            if (o.getLocation() == null) {
                error(ep + "/Location", "is required");
                continue;
            }
            String kind = t.getType() == null ? "" : t.getType();
            switch (kind) {
                case "1", "2", "3" -> doors.add(new Door(id, o.getLocation(), area, u));
                case "4" -> windows.add(new Window(id, o.getLocation(), area, orientation(o.getOrientation(), ep),
                        u, glazing(t, tp)));
                case "5", "6" -> {
                    double tilt;
                    if (o.getPitch() != null) {
                        tilt = o.getPitch();
                    } else {
                        tilt = "6".equals(kind) ? 0 : 45;
                        warn(ep + "/Pitch", "no pitch given; " + tilt + "° assumed");
                    }
                    Orientation orientation = "6".equals(kind) && o.getOrientation() == null ? Orientation.HORIZONTAL
                            : orientation(o.getOrientation(), ep);
                    roofWindows.add(new RoofWindow(id, o.getLocation(), area, orientation, tilt, u, glazing(t, tp)));
                }
                default -> error(tp + "/Type", "unknown opening type " + kind);
            }
        }
    }

    private Orientation orientation(String code, String ep) {
        Optional<Orientation> o = code == null ? Optional.empty() : parseInt(code).flatMap(Orientation::fromCode);
        if (o.isEmpty()) {
            error(ep + "/Orientation", "unknown orientation " + code);
            return Orientation.SOUTH;
        }
        return o.get();
    }

    private Glazing glazing(SAPOpeningType t, String tp) {
        Optional<GlazingType> g = t.getGlazingType() == null ? Optional.of(GlazingType.DOUBLE)
                : parseInt(t.getGlazingType()).flatMap(GlazingType::fromCode);
        if (t.getGlazingType() == null) {
            warn(tp + "/Glazing-Type", "missing; double glazing assumed");
        }
        if (g.isEmpty()) {
            error(tp + "/Glazing-Type", "unknown glazing type " + t.getGlazingType());
            return Glazing.of(GlazingType.DOUBLE);
        }
        OptionalDouble st = t.getSolarTransmittance() == null ? OptionalDouble.empty()
                : OptionalDouble.of(number(t.getSolarTransmittance(), tp + "/Solar-Transmittance",
                        PhysicalLimits.FRACTION_POSITIVE));
        OptionalDouble ff = t.getFrameFactor() == null ? OptionalDouble.empty()
                : OptionalDouble.of(number(t.getFrameFactor(), tp + "/Frame-Factor", PhysicalLimits.FRACTION_POSITIVE));
        return new Glazing(g.get(), st, ff);
    }

    private ThermalBridging thermalBridges(SAPThermalBridges tb, String ep) {
        if (tb == null || tb.getThermalBridgeCode() == null) {
            warn(ep, "missing; the default y = 0.20 W/m²K is used");
            return ThermalBridging.DEFAULT;
        }
        switch (tb.getThermalBridgeCode()) {
            case "1":
                return ThermalBridging.DEFAULT;
            case "4":
                return new ThermalBridging.YValue(required(tb.getUserDefinedYValue(), ep + "/User-Defined-Y-Value",
                        PhysicalLimits.Y_VALUE));
            case "5": {
                List<LinearThermalBridge> junctions = new ArrayList<>();
                int i = 0;
                for (SAPThermalBridge b : tb.getSAPThermalBridge()) {
                    i++;
                    String bp = ep + "/SAP-Thermal-Bridge[" + i + "]";
                    String id = (b.getThermalBridgeType() == null ? "junction" : b.getThermalBridgeType().value())
                            + "_" + i;
                    junctions.add(new LinearThermalBridge(id,
                            required(b.getPsiValue(), bp + "/Psi-Value", PhysicalLimits.PSI_VALUE),
                            required(b.getLength(), bp + "/Length", PhysicalLimits.LENGTH)));
                }
                return new ThermalBridging.Junctions(junctions);
            }
            default:
                error(ep + "/Thermal-Bridge-Code", "code " + tb.getThermalBridgeCode()
                        + " is for backwards compatibility only and is not supported");
                return ThermalBridging.DEFAULT;
        }
    }

    // ---- ventilation ----

    private Ventilation ventilation(SAPVentilation v, int storeyCount) {
        String vp = "SAP-Ventilation";
        if (v == null) {
            error(vp, "is required");
            return null;
        }
        AirTightness tightness;
        String test = v.getPressureTest() == null ? "4" : v.getPressureTest();
        switch (test) {
            case "1", "2", "3", "5", "6" -> tightness = new AirTightness.PressureTest(AirTightness.TestPressure.AP50,
                    required(v.getAirPermeability(), vp + "/Air-Permeability", PhysicalLimits.AIR_PERMEABILITY));
            case "7" -> tightness = new AirTightness.PressureTest(AirTightness.TestPressure.AP4,
                    required(v.getAirPermeability(), vp + "/Air-Permeability", PhysicalLimits.AIR_PERMEABILITY));
            case "4" -> {
                AirTightness.WallConstruction walls = "1".equals(v.getWallType())
                        ? AirTightness.WallConstruction.TIMBER_OR_STEEL_FRAME : AirTightness.WallConstruction.MASONRY;
                AirTightness.FloorConstruction floor = switch (v.getGroundFloorType() == null ? ""
                        : v.getGroundFloorType()) {
                    case "3" -> AirTightness.FloorConstruction.SUSPENDED_TIMBER_UNSEALED;
                    case "2" -> AirTightness.FloorConstruction.SUSPENDED_TIMBER_SEALED;
                    default -> AirTightness.FloorConstruction.OTHER;
                };
                double draught = v.getDraughtStripping() == null ? 0
                        : number(v.getDraughtStripping(), vp + "/DraughtStripping", PhysicalLimits.PERCENT);
                tightness = new AirTightness.StructuralInfiltration(Math.max(1, storeyCount), walls, floor,
                        Boolean.TRUE.equals(v.isHasDraughtLobby()), draught);
            }
            default -> {
                error(vp + "/Pressure-Test", "unknown pressure test code " + test);
                tightness = null;
            }
        }
        MechanicalVentilation system;
        String type = v.getVentilationType() == null ? "1" : v.getVentilationType();
        double rate = MechanicalVentilation.DEFAULT_SYSTEM_AIR_CHANGE_RATE;
        switch (type) {
            case "1", "2", "9", "10" -> system = MechanicalVentilation.NATURAL;
            case "3" -> system = new MechanicalVentilation(MechanicalVentilation.Type.POSITIVE_INPUT_FROM_LOFT, rate,
                    OptionalDouble.empty());
            case "4" -> system = new MechanicalVentilation(MechanicalVentilation.Type.POSITIVE_INPUT_FROM_OUTSIDE,
                    rate, OptionalDouble.empty());
            case "5", "6" -> system = new MechanicalVentilation(MechanicalVentilation.Type.MECHANICAL_EXTRACT, rate,
                    OptionalDouble.empty());
            case "7" -> system = new MechanicalVentilation(MechanicalVentilation.Type.BALANCED_WITHOUT_HEAT_RECOVERY,
                    rate, OptionalDouble.empty());
            case "8" -> {
                double eff = required(v.getMechanicalVentHeatRecoveryEfficiency(),
                        vp + "/Mechanical-Vent-Heat-Recovery-Efficiency", PhysicalLimits.PERCENT);
                warn(vp + "/Mechanical-Vent-Heat-Recovery-Efficiency",
                        "used as given; no in-use factor (Table 4h) is applied");
                system = new MechanicalVentilation(MechanicalVentilation.Type.BALANCED_WITH_HEAT_RECOVERY, rate,
                        OptionalDouble.of(eff));
            }
            default -> {
                error(vp + "/Ventilation-Type", "unknown ventilation type " + type);
                system = MechanicalVentilation.NATURAL;
            }
        }
        return new Ventilation(count(v.getOpenChimneysCount(), vp + "/Open-Chimneys-Count"),
                count(v.getOpenFluesCount(), vp + "/Open-Flues-Count"),
                count(v.getClosedFluesCount(), vp + "/Closed-Flues-Count"),
                count(v.getBoilersFluesCount(), vp + "/Boilers-Flues-Count"),
                count(v.getOtherFluesCount(), vp + "/Other-Flues-Count"),
                count(v.getBlockedChimneysCount(), vp + "/Blocked-Chimneys-Count"),
                count(v.getExtractFansCount(), vp + "/Extract-Fans-Count"),
                count(v.getPSVCount(), vp + "/PSV-Count"),
                count(v.getFluelessGasFiresCount(), vp + "/Flueless-Gas-Fires-Count"), tightness,
                (int) (v.getShelteredSidesCount() == null ? 0
                        : number(new BigDecimal(v.getShelteredSidesCount()), vp + "/Sheltered-Sides-Count",
                                PhysicalLimits.SHELTERED_SIDES)),
                system);
    }

    // ---- other inputs ----

    private Overshading overshading(String code) {
        if (code == null) {
            warn("Windows-Overshading", "missing; average or unknown (2) assumed");
            return Overshading.AVERAGE_OR_UNKNOWN;
        }
        Optional<Overshading> o = parseInt(code).flatMap(Overshading::fromCode);
        if (o.isEmpty()) {
            error("Windows-Overshading", "unknown overshading code " + code);
            return Overshading.AVERAGE_OR_UNKNOWN;
        }
        return o.get();
    }

    private HotWater hotWater(String coldWaterCode, SAPHeating h) {
        ColdWaterSource cold = ColdWaterSource.MAINS;
        if ("2".equals(coldWaterCode)) {
            cold = ColdWaterSource.HEADER_TANK;
        } else if (coldWaterCode == null) {
            warn("Cold-Water-Source", "missing; mains assumed");
        } else if (!"1".equals(coldWaterCode)) {
            error("Cold-Water-Source", "unknown cold water source " + coldWaterCode);
        }
        if (h == null) {
            error("SAP-Heating", "is required");
            return new HotWater(cold, new HotWaterSystem.CombiInstantaneous());
        }
        int code = h.getWaterHeatingCode();
        if (code == 909) {
            return new HotWater(cold, new HotWaterSystem.PointOfUseElectric());
        }
        if (Boolean.TRUE.equals(h.isHasHotWaterCylinder())) {
            String hp = "SAP-Heating";
            double volume = required(h.getHotWaterStoreSize(), hp + "/Hot-Water-Store-Size",
                    PhysicalLimits.CYLINDER_VOLUME);
            OptionalDouble declared = OptionalDouble.empty();
            CylinderInsulation insulation = CylinderInsulation.FACTORY_APPLIED;
            double thickness = 0;
            if (h.getHotWaterStoreHeatLoss() != null) {
                declared = OptionalDouble.of(number(h.getHotWaterStoreHeatLoss(), hp + "/Hot-Water-Store-Heat-Loss",
                        PhysicalLimits.CYLINDER_LOSS));
            } else {
                insulation = "2".equals(h.getHotWaterStoreInsulationType()) ? CylinderInsulation.LOOSE_JACKET
                        : CylinderInsulation.FACTORY_APPLIED;
                thickness = required(h.getHotWaterStoreInsulationThickness(),
                        hp + "/Hot-Water-Store-Insulation-Thickness", PhysicalLimits.INSULATION_THICKNESS);
            }
            boolean timed = Boolean.TRUE.equals(h.isIsHotWaterSeparatelyTimed());
            boolean thermostat = !Boolean.FALSE.equals(h.isHasCylinderThermostat());
            double temperatureFactor = (thermostat ? 0.6 : 1.0) * (timed ? 0.9 : 1.0);
            warn(hp, "stored hot water uses the SAP 2012 Tables 2, 2a, 2b and 3 (not verified for SAP 10.2)");
            double insulatedFraction = h.getPrimaryPipeworkInsulation() == null ? 0
                    : "1".equals(h.getPrimaryPipeworkInsulation()) ? 0 : 1;
            return new HotWater(cold, new HotWaterSystem.StoredCylinder(volume, declared, insulation, thickness,
                    temperatureFactor, !Boolean.FALSE.equals(h.isIsCylinderInHeatedSpace()), insulatedFraction,
                    timed ? 3 : 11));
        }
        if (code < 901 || code > 914) {
            warn("SAP-Heating/Water-Heating-Code", "code " + code
                    + " without a hot-water cylinder is treated as an instantaneous combi");
        }
        return new HotWater(cold, new HotWaterSystem.CombiInstantaneous());
    }

    private Lighting lighting(SAPLighting l) {
        if (l == null) {
            return Lighting.NOT_RECORDED;
        }
        if (l.getFixedLights() == null || l.getFixedLights().getFixedLight().isEmpty()) {
            return Lighting.RECORDED_NONE;
        }
        List<FixedLight> lights = new ArrayList<>();
        int i = 0;
        for (var f : l.getFixedLights().getFixedLight()) {
            i++;
            String fp = "SAP-Lighting/Fixed-Lights/Fixed-Light[" + i + "]";
            lights.add(new FixedLight(required(f.getLightingEfficacy(), fp + "/Lighting-Efficacy",
                    PhysicalLimits.EFFICACY), required(f.getLightingPower(), fp + "/Lighting-Power",
                    PhysicalLimits.LIGHT_POWER), f.getLightingOutlets() == null ? 1
                    : count(f.getLightingOutlets(), fp + "/Lighting-Outlets")));
        }
        return new Lighting(Lighting.Kind.RECORDED, lights);
    }

    private boolean pump(SAPHeating h) {
        if (h == null || h.getMainHeatingDetails() == null) {
            return false;
        }
        boolean pump = false;
        for (MainHeating m : h.getMainHeatingDetails().getMainHeating()) {
            if (Boolean.TRUE.equals(m.isIsCentralHeatingPumpInHeatedSpace())) {
                pump = true;
                if (m.getCentralHeatingPumpAge() != null) {
                    warn("SAP-Heating/Main-Heating-Details/Main-Heating/Central-Heating-Pump-Age",
                            "pump age is not modelled; 7 W (age unknown) is used");
                }
            }
        }
        return pump;
    }

    private Cooling cooling(SAPCooling c, SAPHeating h) {
        if (c == null) {
            if (h != null && Boolean.TRUE.equals(h.isHasFixedAirConditioning())) {
                warn("SAP-Heating/Has-Fixed-Air-Conditioning", "set but there is no SAP-Cooling element; no cooling");
            }
            return Cooling.NONE;
        }
        String cp = "SAP-Cooling";
        double area = required(c.getCooledArea(), cp + "/Cooled-Area", PhysicalLimits.COOLED_AREA);
        if (c.getSystemEnergyEfficiencyRatio() != null && c.getCoolingSystemClass() != null) {
            error(cp, "has both Cooling-System-Class and System-Energy-Efficiency-Ratio");
        }
        if (c.getSystemEnergyEfficiencyRatio() != null) {
            return new Cooling(area, new CoolingEfficiency.DeclaredSeer(number(c.getSystemEnergyEfficiencyRatio(),
                    cp + "/System-Energy-Efficiency-Ratio", PhysicalLimits.SEER)));
        }
        CoolingEnergyClass cls = CoolingEnergyClass.UNKNOWN;
        if (c.getCoolingSystemClass() == null) {
            warn(cp + "/Cooling-System-Class", "missing; class Unknown assumed");
        } else {
            Optional<CoolingEnergyClass> parsed = CoolingEnergyClass.fromCode(c.getCoolingSystemClass());
            if (parsed.isEmpty()) {
                error(cp + "/Cooling-System-Class", "unknown class " + c.getCoolingSystemClass());
            } else {
                cls = parsed.get();
            }
        }
        return new Cooling(area, new CoolingEfficiency.EnergyClass(cls));
    }

    // ---- value helpers ----

    private double required(BigDecimal v, String element, Range range) {
        if (v == null) {
            error(element, "is required");
            return Double.NaN;
        }
        return number(v, element, range);
    }

    private double number(BigDecimal v, String element, Range range) {
        double d = v.doubleValue();
        if (!range.contains(d)) {
            error(element, "must be in " + range.describe() + ", was " + v.toPlainString());
        }
        return d;
    }

    private OptionalDouble kappa(BigDecimal v, String element) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(number(v, element, PhysicalLimits.KAPPA));
    }

    private int count(BigInteger v, String element) {
        if (v == null) {
            return 0;
        }
        double d = v.doubleValue();
        if (!PhysicalLimits.COUNT.contains(d)) {
            error(element, "must be in " + PhysicalLimits.COUNT.describe() + ", was " + v);
            return 0;
        }
        return v.intValue();
    }

    private static Optional<Integer> parseInt(String s) {
        try {
            return Optional.of(Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void warn(String element, String message) {
        warnings.add(ImportMessage.at(element, message));
    }

    private void error(String element, String message) {
        errors.add(ImportMessage.at(element, message));
    }
}
