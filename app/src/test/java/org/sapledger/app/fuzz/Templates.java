package org.sapledger.app.fuzz;

import static org.sapledger.app.fuzz.FieldSpec.Presence.OPTIONAL;
import static org.sapledger.app.fuzz.FieldSpec.Presence.REQUIRED;
import static org.sapledger.app.fuzz.FieldSpec.Presence.ZERO_WHEN_ABSENT;
import static org.sapledger.app.fuzz.FieldSpec.array;
import static org.sapledger.app.fuzz.FieldSpec.flag;
import static org.sapledger.app.fuzz.FieldSpec.integer;
import static org.sapledger.app.fuzz.FieldSpec.newId;
import static org.sapledger.app.fuzz.FieldSpec.number;
import static org.sapledger.app.fuzz.FieldSpec.object;
import static org.sapledger.app.fuzz.FieldSpec.oneOf;
import static org.sapledger.app.fuzz.FieldSpec.postcode;
import static org.sapledger.app.fuzz.FieldSpec.reference;
import static org.sapledger.app.fuzz.FieldSpec.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sapledger.app.web.JsonBodies;
import org.sapledger.command.property.PropertyAggregate;
import org.sapledger.domain.WireNames;
import org.sapledger.domain.dwelling.AirTightness;
import org.sapledger.domain.dwelling.CoolingEnergyClass;
import org.sapledger.domain.dwelling.FabricElement;
import org.sapledger.domain.dwelling.FloorKind;
import org.sapledger.domain.dwelling.GlazingType;
import org.sapledger.domain.dwelling.MechanicalVentilation;
import org.sapledger.domain.dwelling.Orientation;
import org.sapledger.domain.dwelling.PhysicalLimits;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.validation.DwellingValidator;
import org.sapledger.domain.plan.Measure;
import org.sapledger.domain.property.DwellingType;

/**
 * The body templates of every operation that takes a body, keyed by operation ({@link ApiOperation#key()}). Each
 * names the members a mutation may break, with the limits the service itself enforces. An operation with a body
 * but no template here still gets every mutation that does not need one (wrong Content-Type, not JSON, ...).
 */
final class Templates {

    private static final String PROPERTY = "/api/properties/{propertyId}";

    private final Fixtures fixtures;
    private final String sapXml;

    Templates(Fixtures fixtures, String sapXml) {
        this.fixtures = fixtures;
        this.sapXml = sapXml;
    }

    /** The templates of {@code operation}; empty when it takes no body or none is written yet. */
    List<BodyTemplate> of(ApiOperation operation) {
        return switch (operation.key()) {
            case "POST /api/properties" -> List.of(register());
            case "POST /api/properties/import" -> List.of(sapImport());
            case "PUT " + PROPERTY + "/storeys" -> List.of(storeys());
            case "POST " + PROPERTY + "/elements" -> newElements();
            case "PUT " + PROPERTY + "/elements/{elementId}" -> changedElements();
            case "PUT " + PROPERTY + "/thermal-bridging" -> thermalBridging();
            case "PUT " + PROPERTY + "/ventilation" -> List.of(
                    BodyTemplate.json("MVHR", token -> MVHR_VENTILATION, withReason(ventilationFields("", true))),
                    BodyTemplate.json("NATURAL", token -> NATURAL_VENTILATION,
                            withReason(ventilationFields("", false))));
            case "PUT " + PROPERTY + "/thermal-mass" -> List.of(BodyTemplate.json("DECLARED",
                    token -> "{\"thermalMassParameter\": 250}", withReason(List.of(
                            number("/thermalMassParameter", OPTIONAL, PhysicalLimits.THERMAL_MASS_PARAMETER)))));
            case "PUT " + PROPERTY + "/cooling" -> List.of(
                    BodyTemplate.json("SEER", token -> "{\"cooledArea\": 40.0, \"seer\": 5.1}",
                            withReason(coolingBySeer())),
                    BodyTemplate.json("ENERGY_CLASS", token -> "{\"cooledArea\": 40.0, \"energyClass\": \"A+\"}",
                            withReason(coolingByEnergyClass())));
            case "PUT " + PROPERTY + "/climate-region" -> List.of(BodyTemplate.json("REGION",
                    token -> "{\"climateRegion\": 6}",
                    withReason(List.of(integer("/climateRegion", REQUIRED, PhysicalLimits.CLIMATE_REGION)))));
            case "PUT " + PROPERTY + "/postcode" -> List.of(BodyTemplate.json("POSTCODE",
                    token -> "{\"postcode\": \"SW1A 1AA\"}", withReason(List.of(postcode("/postcode")))));
            case "POST " + PROPERTY + "/plans" -> List.of(BodyTemplate.json("PLAN",
                    token -> "{\"name\": \"Plan " + token + "\"}", withReason(List.of(newId("/name",
                            List.of(fixtures.planName()), PropertyAggregate.MAX_NAME_LENGTH)))));
            case "POST /api/plans/{planId}/scenarios" -> List.of(BodyTemplate.json("SCENARIO",
                    token -> "{\"name\": \"Scenario " + token + "\"}", withReason(List.of(newId("/name",
                            List.of(fixtures.scenarioName()), PropertyAggregate.MAX_NAME_LENGTH)))));
            case "POST /api/scenarios/{scenarioId}/measures" -> measures();
            default -> List.of();
        };
    }

    private BodyTemplate register() {
        return BodyTemplate.json("PROPERTY", token -> """
                {"addressLine": "%s Fuzz Street", "postcode": "LE11 3TU", "climateRegion": 0, \
                "dwellingType": "HOUSE"}""".formatted(token), withReason(List.of(
                text("/addressLine", REQUIRED, PropertyAggregate.MAX_ADDRESS_LENGTH),
                postcode("/postcode"),
                integer("/climateRegion", REQUIRED, PhysicalLimits.CLIMATE_REGION),
                oneOf("/dwellingType", names(DwellingType.values())))));
    }

    /** The SAP 10.2 reference dwelling M1; the file has no address line or property type, so they are given. */
    private BodyTemplate sapImport() {
        return new BodyTemplate("M1", BodyTemplate.XML, token -> sapXml, List.of(), Map.of(),
                Map.of("addressLine", "Fuzz import", "dwellingType", "HOUSE"));
    }

    private static BodyTemplate storeys() {
        return BodyTemplate.json("STOREYS", token -> Fixtures.STOREYS, withReason(List.of(
                array("/storeys", REQUIRED, 1),
                newId("/storeys/0/id", List.of("first"), DwellingValidator.MAX_ID_LENGTH),
                number("/storeys/0/floorArea", ZERO_WHEN_ABSENT, PhysicalLimits.AREA),
                number("/storeys/1/storeyHeight", ZERO_WHEN_ABSENT, PhysicalLimits.STOREY_HEIGHT))));
    }

    /** One template per element type, each with a fresh id; openings go into the fixture wall or roof. */
    private static List<BodyTemplate> newElements() {
        return List.of(
                element("WALL", "{\"type\": \"WALL\", \"id\": \"%s\", \"grossArea\": 20, \"uValue\": 0.5}",
                        "/grossArea", true),
                element("ROOF", "{\"type\": \"ROOF\", \"id\": \"%s\", \"grossArea\": 20, \"uValue\": 0.2}",
                        "/grossArea", true),
                element("FLOOR", "{\"type\": \"FLOOR\", \"id\": \"%s\", \"kind\": \"EXPOSED\", \"area\": 5,"
                        + " \"uValue\": 0.25}", "/area", true, oneOf("/kind", names(FloorKind.values()))),
                element("PARTY_WALL", "{\"type\": \"PARTY_WALL\", \"id\": \"%s\", \"area\": 10, \"uValue\": 0.5}",
                        "/area", true),
                element("DOOR", "{\"type\": \"DOOR\", \"id\": \"%s\", \"hostId\": \"" + Fixtures.WALL
                        + "\", \"area\": 0.5, \"uValue\": 3.0}", "/area", false, reference("/hostId")),
                element("WINDOW", "{\"type\": \"WINDOW\", \"id\": \"%s\", \"hostId\": \"" + Fixtures.WALL
                                + "\", \"area\": 0.5, \"orientation\": \"SOUTH\", \"uValue\": 2.0,"
                                + " \"glazing\": {\"type\": \"DOUBLE\"}}", "/area", false,
                        glazingFields(reference("/hostId"))),
                element("ROOF_WINDOW", "{\"type\": \"ROOF_WINDOW\", \"id\": \"%s\", \"hostId\": \"" + Fixtures.ROOF
                                + "\", \"area\": 0.5, \"orientation\": \"NORTH\", \"tiltDegrees\": 30,"
                                + " \"uValue\": 1.5, \"glazing\": {\"type\": \"TRIPLE\"}}", "/area", false,
                        glazingFields(reference("/hostId"),
                                number("/tiltDegrees", ZERO_WHEN_ABSENT, PhysicalLimits.TILT_DEGREES))));
    }

    private static BodyTemplate element(String type, String json, String areaPointer, boolean hasKappa,
                                        FieldSpec... more) {
        return element(type, json, areaPointer, hasKappa, List.of(more));
    }

    private static BodyTemplate element(String type, String json, String areaPointer, boolean hasKappa,
                                        List<FieldSpec> more) {
        List<FieldSpec> fields = new ArrayList<>(elementFields("", areaPointer, hasKappa));
        fields.add(newId("/id", Fixtures.ELEMENT_IDS, DwellingValidator.MAX_ID_LENGTH));
        fields.addAll(more);
        return BodyTemplate.json(type, token -> json.formatted("fz-new-" + token), withReason(fields));
    }

    /** A change of each kind of fixture element, as it is (so the unbroken template changes nothing). */
    private static List<BodyTemplate> changedElements() {
        return List.of(
                BodyTemplate.json("WALL", token -> "{\"type\": \"WALL\", \"grossArea\": 120, \"uValue\": 0.5}",
                        withReason(elementFields("", "/grossArea", true))).withPathValue("elementId", Fixtures.WALL),
                BodyTemplate.json("FLOOR", token -> "{\"type\": \"FLOOR\", \"kind\": \"GROUND\", \"area\": 50,"
                                + " \"uValue\": 0.25}",
                        withReason(concat(elementFields("", "/area", true),
                                List.of(oneOf("/kind", names(FloorKind.values()))))))
                        .withPathValue("elementId", Fixtures.FLOOR),
                BodyTemplate.json("WINDOW", token -> "{\"type\": \"WINDOW\", \"hostId\": \"" + Fixtures.WALL
                                + "\", \"area\": 7.5, \"orientation\": \"SOUTH\", \"uValue\": 2.0,"
                                + " \"glazing\": {\"type\": \"DOUBLE\"}}",
                        withReason(concat(elementFields("", "/area", false), glazingFields(reference("/hostId")))))
                        .withPathValue("elementId", Fixtures.WINDOW));
    }

    private static List<BodyTemplate> thermalBridging() {
        List<String> types = variantNames(ThermalBridging.class);
        return List.of(
                BodyTemplate.json("Y_VALUE", token -> "{\"type\": \"Y_VALUE\", \"y\": 0.15}", withReason(List.of(
                        oneOf("/type", types),
                        number("/y", ZERO_WHEN_ABSENT, PhysicalLimits.Y_VALUE)))),
                BodyTemplate.json("JUNCTIONS", token -> """
                        {"type": "JUNCTIONS", "junctions": [{"id": "E2", "psi": 0.05, "length": 12.0}, \
                        {"id": "E3", "psi": 0.1, "length": 8.0}]}""", withReason(List.of(
                        oneOf("/type", types),
                        array("/junctions", REQUIRED, 0),
                        newId("/junctions/0/id", List.of("E3"), DwellingValidator.MAX_ID_LENGTH),
                        number("/junctions/0/psi", ZERO_WHEN_ABSENT, PhysicalLimits.PSI_VALUE),
                        number("/junctions/1/length", ZERO_WHEN_ABSENT, PhysicalLimits.LENGTH)))));
    }

    private List<BodyTemplate> measures() {
        List<String> types = variantNames(Measure.class);
        FieldSpec type = oneOf("/type", types);
        return List.of(
                BodyTemplate.json("CHANGE_U_VALUE", token -> "{\"type\": \"CHANGE_U_VALUE\", \"elementId\": \""
                        + Fixtures.WALL + "\", \"uValue\": 0.18}", withReason(List.of(type,
                        reference("/elementId"), number("/uValue", ZERO_WHEN_ABSENT, PhysicalLimits.U_VALUE)))),
                BodyTemplate.json("CHANGE_AREA", token -> "{\"type\": \"CHANGE_AREA\", \"elementId\": \""
                        + Fixtures.FLOOR + "\", \"area\": 40}", withReason(List.of(type,
                        reference("/elementId"), number("/area", ZERO_WHEN_ABSENT, PhysicalLimits.AREA)))),
                BodyTemplate.json("ADD_ELEMENT", token -> "{\"type\": \"ADD_ELEMENT\", \"element\": {\"type\":"
                        + " \"WALL\", \"id\": \"fz-new-" + token + "\", \"grossArea\": 10, \"uValue\": 0.3}}",
                        withReason(concat(List.of(type, object("/element", REQUIRED),
                                        newId("/element/id", Fixtures.ELEMENT_IDS, DwellingValidator.MAX_ID_LENGTH)),
                                elementFields("/element", "/grossArea", true)))),
                BodyTemplate.json("REMOVE_ELEMENT", token -> "{\"type\": \"REMOVE_ELEMENT\", \"elementId\": \""
                        + Fixtures.PARTY_WALL + "\"}", withReason(List.of(type, reference("/elementId")))),
                BodyTemplate.json("CHANGE_VENTILATION", token -> "{\"type\": \"CHANGE_VENTILATION\","
                        + " \"ventilation\": " + MVHR_VENTILATION + "}", withReason(concat(
                        List.of(type, object("/ventilation", REQUIRED)), ventilationFields("/ventilation", true)))),
                BodyTemplate.json("CHANGE_AIR_TIGHTNESS", token -> "{\"type\": \"CHANGE_AIR_TIGHTNESS\","
                        + " \"airTightness\": {\"type\": \"PRESSURE_TEST\", \"pressure\": \"AP4\","
                        + " \"airPermeability\": 3}}", withReason(List.of(type, object("/airTightness", REQUIRED),
                        oneOf("/airTightness/type", variantNames(AirTightness.class)),
                        oneOf("/airTightness/pressure", names(AirTightness.TestPressure.values())),
                        number("/airTightness/airPermeability", ZERO_WHEN_ABSENT, PhysicalLimits.AIR_PERMEABILITY)))),
                BodyTemplate.json("SET_COOLING", token -> "{\"type\": \"SET_COOLING\", \"cooledArea\": 60,"
                        + " \"seer\": 5.1}", withReason(concat(List.of(type), coolingBySeer()))),
                BodyTemplate.json("REMOVE_COOLING", token -> "{\"type\": \"REMOVE_COOLING\"}",
                        withReason(List.of(type))));
    }

    // ----- shared member lists -----------------------------------------------------------------------------------

    private static final String MVHR_VENTILATION = """
            {"openChimneys": 1, "openFlues": 0, "closedFires": 0, "solidFuelBoilerFlues": 0, "otherHeaterFlues": 0, \
            "blockedChimneys": 0, "intermittentExtractFans": 2, "passiveVents": 0, "fluelessGasFires": 0, \
            "shelteredSides": 2, \
            "airTightness": {"type": "PRESSURE_TEST", "pressure": "AP50", "airPermeability": 5.0}, \
            "system": {"type": "BALANCED_WITH_HEAT_RECOVERY", "systemAirChangeRate": 0.5, \
            "heatRecoveryEfficiencyPercent": 85}}""";

    private static final String NATURAL_VENTILATION = """
            {"openChimneys": 0, "openFlues": 1, "closedFires": 0, "solidFuelBoilerFlues": 0, "otherHeaterFlues": 0, \
            "blockedChimneys": 1, "intermittentExtractFans": 3, "passiveVents": 1, "fluelessGasFires": 0, \
            "shelteredSides": 1, \
            "airTightness": {"type": "STRUCTURAL_INFILTRATION", "storeys": 2, "walls": "MASONRY", \
            "floor": "OTHER", "draughtLobby": false, "percentWindowsDraughtProofed": 50}, \
            "system": {"type": "NATURAL", "systemAirChangeRate": 0.5}}""";

    private static final List<String> VENTILATION_COUNTS = List.of("openChimneys", "openFlues", "closedFires",
            "solidFuelBoilerFlues", "otherHeaterFlues", "blockedChimneys", "intermittentExtractFans", "passiveVents",
            "fluelessGasFires");

    /** The members of a ventilation body: MVHR with a pressure test, or natural with structural infiltration. */
    private static List<FieldSpec> ventilationFields(String at, boolean mvhr) {
        List<FieldSpec> fields = new ArrayList<>();
        VENTILATION_COUNTS.forEach(count -> fields.add(integer(at + "/" + count, ZERO_WHEN_ABSENT,
                PhysicalLimits.COUNT)));
        fields.add(integer(at + "/shelteredSides", ZERO_WHEN_ABSENT, PhysicalLimits.SHELTERED_SIDES));
        fields.add(object(at + "/airTightness", REQUIRED));
        fields.add(oneOf(at + "/airTightness/type", variantNames(AirTightness.class)));
        fields.add(object(at + "/system", REQUIRED));
        fields.add(oneOf(at + "/system/type", names(MechanicalVentilation.Type.values())));
        if (mvhr) {
            fields.add(oneOf(at + "/airTightness/pressure", names(AirTightness.TestPressure.values())));
            fields.add(number(at + "/airTightness/airPermeability", ZERO_WHEN_ABSENT,
                    PhysicalLimits.AIR_PERMEABILITY));
            fields.add(number(at + "/system/systemAirChangeRate", ZERO_WHEN_ABSENT, PhysicalLimits.AIR_CHANGE_RATE));
            fields.add(number(at + "/system/heatRecoveryEfficiencyPercent", REQUIRED, PhysicalLimits.PERCENT));
        } else {
            fields.add(integer(at + "/airTightness/storeys", ZERO_WHEN_ABSENT, PhysicalLimits.STOREY_COUNT));
            fields.add(oneOf(at + "/airTightness/walls", names(AirTightness.WallConstruction.values())));
            fields.add(oneOf(at + "/airTightness/floor", names(AirTightness.FloorConstruction.values())));
            fields.add(flag(at + "/airTightness/draughtLobby"));
            fields.add(number(at + "/airTightness/percentWindowsDraughtProofed", ZERO_WHEN_ABSENT,
                    PhysicalLimits.PERCENT));
        }
        return fields;
    }

    /** The members every element has: its type, its area (gross area for walls and roofs), U-value, κ. */
    private static List<FieldSpec> elementFields(String at, String areaPointer, boolean hasKappa) {
        List<FieldSpec> fields = new ArrayList<>(List.of(
                oneOf(at + "/type", variantNames(FabricElement.class)),
                number(at + areaPointer, ZERO_WHEN_ABSENT, PhysicalLimits.AREA),
                number(at + "/uValue", ZERO_WHEN_ABSENT, PhysicalLimits.U_VALUE)));
        if (hasKappa) {
            fields.add(number(at + "/kappa", OPTIONAL, PhysicalLimits.KAPPA));
        }
        return fields;
    }

    private static List<FieldSpec> glazingFields(FieldSpec... more) {
        List<FieldSpec> fields = new ArrayList<>(List.of(more));
        fields.add(oneOf("/orientation", names(Orientation.values())));
        fields.add(object("/glazing", REQUIRED));
        fields.add(oneOf("/glazing/type", names(GlazingType.values())));
        fields.add(number("/glazing/solarTransmittance", OPTIONAL, PhysicalLimits.FRACTION_POSITIVE));
        fields.add(number("/glazing/frameFactor", OPTIONAL, PhysicalLimits.FRACTION_POSITIVE));
        return fields;
    }

    private static List<FieldSpec> coolingBySeer() {
        return List.of(number("/cooledArea", REQUIRED, PhysicalLimits.COOLED_AREA),
                number("/seer", REQUIRED, PhysicalLimits.SEER));
    }

    private static List<FieldSpec> coolingByEnergyClass() {
        return List.of(number("/cooledArea", REQUIRED, PhysicalLimits.COOLED_AREA),
                oneOf("/energyClass", Arrays.stream(CoolingEnergyClass.values()).map(CoolingEnergyClass::code)
                        .toList()));
    }

    /** Every body may carry a {@code reason}; a too long one is refused. */
    private static List<FieldSpec> withReason(List<FieldSpec> fields) {
        return concat(fields, List.of(text("/reason", OPTIONAL, JsonBodies.MAX_REASON_LENGTH)));
    }

    private static List<FieldSpec> concat(List<FieldSpec> first, List<FieldSpec> second) {
        List<FieldSpec> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** The {@code type} names a sealed domain type takes, e.g. WALL, ROOF, ... */
    static List<String> variantNames(Class<?> sealed) {
        List<String> names = new ArrayList<>();
        for (Class<?> variant : sealed.getPermittedSubclasses()) {
            if (variant.isSealed()) {
                names.addAll(variantNames(variant));
            } else {
                names.add(WireNames.typeName(variant));
            }
        }
        return names;
    }
}
