package org.sapledger.app.fuzz;

import java.util.List;

/**
 * The real entities the fuzzer's requests point at, so that a path id is as often an existing entity (where only
 * the mutation can be wrong) as an unknown or garbage one. Built through the API before the run.
 *
 * @param propertyId         a registered property with a full baseline, a plan, two scenarios and measures
 * @param propertyVersion    its version once the fixtures are built; nothing the fuzzer sends may move it
 * @param importedPropertyId a property imported from SAP XML
 * @param planId             the plan of {@code propertyId}
 * @param planName           its name, which a new plan may not take
 * @param scenarioId         the scenario the fuzzer adds measures to
 * @param scenarioName       its name, which a new scenario of the plan may not take
 * @param measureId          a measure of that scenario
 */
record Fixtures(String propertyId, long propertyVersion, String importedPropertyId, String planId, String planName,
                String scenarioId, String scenarioName, String measureId) {

    static final String WALL = "fz-wall";
    static final String ROOF = "fz-roof";
    static final String FLOOR = "fz-floor";
    static final String PARTY_WALL = "fz-party";
    static final String DOOR = "fz-door";
    static final String WINDOW = "fz-window";
    static final String ROOF_WINDOW = "fz-rooflight";

    /** Ids of the baseline's elements: a new element may not take one. */
    static final List<String> ELEMENT_IDS = List.of(WALL, ROOF, FLOOR, PARTY_WALL, DOOR, WINDOW, ROOF_WINDOW);

    /** The storeys of the baseline, each 50 m² × 2.5 m. */
    static final String STOREYS = """
            {"storeys": [{"id": "ground", "floorArea": 50, "storeyHeight": 2.5},
                         {"id": "first", "floorArea": 50, "storeyHeight": 2.5}]}""";

    /** The elements of the baseline, in an order where every opening's host comes first. */
    static final List<String> ELEMENTS = List.of(
            "{\"type\": \"WALL\", \"id\": \"" + WALL + "\", \"grossArea\": 120, \"uValue\": 0.5}",
            "{\"type\": \"ROOF\", \"id\": \"" + ROOF + "\", \"grossArea\": 50, \"uValue\": 0.2}",
            "{\"type\": \"FLOOR\", \"id\": \"" + FLOOR + "\", \"kind\": \"GROUND\", \"area\": 50, \"uValue\": 0.25}",
            "{\"type\": \"PARTY_WALL\", \"id\": \"" + PARTY_WALL + "\", \"area\": 30, \"uValue\": 0.5}",
            "{\"type\": \"DOOR\", \"id\": \"" + DOOR + "\", \"hostId\": \"" + WALL + "\", \"area\": 2, \"uValue\": 3}",
            "{\"type\": \"WINDOW\", \"id\": \"" + WINDOW + "\", \"hostId\": \"" + WALL + "\", \"area\": 7.5,"
                    + " \"orientation\": \"SOUTH\", \"uValue\": 2.0, \"glazing\": {\"type\": \"DOUBLE\"}}",
            "{\"type\": \"ROOF_WINDOW\", \"id\": \"" + ROOF_WINDOW + "\", \"hostId\": \"" + ROOF + "\", \"area\": 1,"
                    + " \"orientation\": \"SOUTH\", \"tiltDegrees\": 40, \"uValue\": 1.6,"
                    + " \"glazing\": {\"type\": \"DOUBLE\"}}");
}
