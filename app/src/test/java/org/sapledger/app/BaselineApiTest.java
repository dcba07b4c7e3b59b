package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sapledger.app.ApiClient.json;
import static org.sapledger.app.ApiClient.problemFields;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline command API over HTTP: each change answers the property's new version; If-Match guards against
 * lost updates; every rejection is a problem+json and stores nothing.
 */
@SapledgerIntegrationTest
class BaselineApiTest {

    static final String STOREYS = """
            {"storeys": [{"id": "ground", "floorArea": 50, "storeyHeight": 2.5},
                         {"id": "first", "floorArea": 50, "storeyHeight": 2.5}]}""";
    static final String WALL = """
            {"type": "WALL", "id": "wall-1", "grossArea": 120, "uValue": 0.5}""";
    static final String WINDOW = """
            {"type": "WINDOW", "id": "window-1", "hostId": "wall-1", "area": 7.5, "orientation": "SOUTH",
             "uValue": 2.0, "glazing": {"type": "DOUBLE"}}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String property;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port, jdbc);
        property = api.registerProperty();
        assertVersion(api.put(path("/storeys"), STOREYS), 200, property, 1);
        assertVersion(api.post(path("/elements"), WALL), 201, "wall-1", 2);
        assertVersion(api.post(path("/elements"), WINDOW), 201, "window-1", 3);
    }

    @Test
    void elementsAreAddedChangedAndRemovedWithTheirVersions() {
        assertVersion(api.put(path("/elements/wall-1"), """
                {"type": "WALL", "grossArea": 120, "uValue": 0.18, "reason": "external insulation"}"""),
                200, property, 4);
        assertVersion(api.delete(path("/elements/wall-1?withOpenings=true")), 200, property, 6);

        String changed = jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 4""",
                String.class, property);
        JsonNode event = json(changed);
        assertThat(event.at("/before/uValue").asDouble()).isEqualTo(0.5);
        assertThat(event.at("/after/uValue").asDouble()).isEqualTo(0.18);
        assertThat(event.at("/after/type").asText()).isEqualTo("WALL");
    }

    @Test
    void coolingIsInstalledWithASeerChangedToAnEnergyClassAndRemoved() {
        assertVersion(api.put(path("/cooling"), """
                {"cooledArea": 40.0, "seer": 5.1}"""), 200, property, 4);
        assertVersion(api.put(path("/cooling"), """
                {"cooledArea": 40.0, "energyClass": "A+"}"""), 200, property, 5);
        assertVersion(api.delete(path("/cooling")), 200, property, 6);
        assertThat(jdbc.queryForList("""
                SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= 4
                ORDER BY sequence_number""", String.class, property))
                .containsExactly("org.sapledger.domain.property.CoolingInstalled",
                        "org.sapledger.domain.property.CoolingChanged",
                        "org.sapledger.domain.property.CoolingRemoved");
    }

    @Test
    void ventilationThermalBridgingThermalMassRegionAndPostcodeAreChanged() {
        assertVersion(api.put(path("/thermal-bridging"), """
                {"type": "Y_VALUE", "y": 0.08}"""), 200, property, 4);
        assertVersion(api.put(path("/thermal-mass"), """
                {"thermalMassParameter": 100}"""), 200, property, 5);
        assertVersion(api.put(path("/ventilation"), """
                {"openChimneys": 1, "openFlues": 0, "closedFires": 0, "solidFuelBoilerFlues": 0,
                 "otherHeaterFlues": 0, "blockedChimneys": 0, "intermittentExtractFans": 2, "passiveVents": 0,
                 "fluelessGasFires": 0, "shelteredSides": 2,
                 "airTightness": {"type": "PRESSURE_TEST", "pressure": "AP50", "airPermeability": 5.0},
                 "system": {"type": "NATURAL", "systemAirChangeRate": 0.5}}"""), 200, property, 6);
        assertVersion(api.put(path("/climate-region"), """
                {"climateRegion": 6}"""), 200, property, 7);
        assertVersion(api.put(path("/postcode"), """
                {"postcode": "sw1a 1aa"}"""), 200, property, 8);
    }

    static List<Arguments> rejections() {
        return List.of(
                Arguments.of("U-value above 10", "PUT", "/elements/wall-1",
                        "{\"type\": \"WALL\", \"grossArea\": 120, \"uValue\": 12}", 400, "walls[wall-1].uValue"),
                Arguments.of("duplicate element id", "POST", "/elements", WALL, 400, "id"),
                Arguments.of("unknown element type", "POST", "/elements",
                        "{\"type\": \"CHIMNEY\", \"id\": \"c\"}", 400, "type"),
                Arguments.of("opening larger than its host", "POST", "/elements",
                        WINDOW.replace("window-1", "window-2").replace("7.5", "115"), 400,
                        "walls[wall-1].grossArea"),
                Arguments.of("opening without a host", "POST", "/elements",
                        WINDOW.replace("window-1", "window-2").replace("\"wall-1\"", "\"nowhere\""), 400,
                        "windows[window-2].hostId"),
                Arguments.of("host with openings", "DELETE", "/elements/wall-1", null, 400, "elementId"),
                Arguments.of("unknown element", "DELETE", "/elements/nope", null, 404, null),
                Arguments.of("cooled area above the floor area", "PUT", "/cooling",
                        "{\"cooledArea\": 150, \"seer\": 5.1}", 400, "cooling.cooledArea"),
                Arguments.of("seer and energy class", "PUT", "/cooling",
                        "{\"cooledArea\": 40, \"seer\": 5.1, \"energyClass\": \"A\"}", 400, "energyClass"),
                Arguments.of("unknown energy class", "PUT", "/cooling",
                        "{\"cooledArea\": 40, \"energyClass\": \"Z\"}", 400, "energyClass"),
                Arguments.of("missing cooled area", "PUT", "/cooling", "{\"seer\": 5.1}", 400, "cooledArea"),
                Arguments.of("storey without floor area", "PUT", "/storeys",
                        "{\"storeys\": [{\"id\": \"g\", \"floorArea\": 0, \"storeyHeight\": 2.5}]}", 400,
                        "storeys[g].floorArea"),
                Arguments.of("y-value out of range", "PUT", "/thermal-bridging",
                        "{\"type\": \"Y_VALUE\", \"y\": 5}", 400, "thermalBridging.y"),
                Arguments.of("climate region 22", "PUT", "/climate-region", "{\"climateRegion\": 22}", 400,
                        "climateRegion"),
                Arguments.of("malformed postcode", "PUT", "/postcode", "{\"postcode\": \"12345\"}", 400,
                        "postcode"),
                Arguments.of("malformed If-Match", "PUT", "/postcode", "{\"postcode\": \"LE11 3TU\"}", 400,
                        "If-Match"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void everyRejectionIsAProblemAndStoresNothing(String name, String method, String subPath, String body,
                                                  int status, String field) {
        long events = api.eventCount();
        String[] headers = name.equals("malformed If-Match") ? new String[] {"If-Match", "three"} : new String[0];

        HttpResponse<String> response = switch (method) {
            case "POST" -> api.post(path(subPath), body, headers);
            case "PUT" -> api.put(path(subPath), body, headers);
            default -> api.delete(path(subPath), headers);
        };

        List<String> fields = problemFields(response, status);
        if (field != null) {
            assertThat(fields).contains(field);
        }
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void aCommandOnAnUnknownPropertyIsNotFound() {
        long events = api.eventCount();

        problemFields(api.put("/api/properties/00000000-0000-0000-0000-00000000000f/cooling",
                "{\"cooledArea\": 40.0, \"seer\": 5.1}"), 404);

        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void twoConcurrentChangesWithTheSameIfMatchGiveOneSuccessOneConflictAndOneEvent() throws Exception {
        long events = api.eventCount(property);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (String u : List.of("0.2", "0.3")) {
                calls.add(() -> {
                    start.await();
                    return api.put(path("/elements/wall-1"),
                            "{\"type\": \"WALL\", \"grossArea\": 120, \"uValue\": " + u + "}", "If-Match", "\"3\"");
                });
            }
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
                if (answer.get().statusCode() == 409) {
                    problemFields(answer.get(), 409);
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.eventCount(property)).isEqualTo(events + 1);
    }

    @Test
    void aStaleIfMatchIsAConflict() {
        problemFields(api.put(path("/postcode"), "{\"postcode\": \"SW1A 1AA\"}", "If-Match", "\"1\""), 409);
        assertVersion(api.put(path("/postcode"), "{\"postcode\": \"SW1A 1AA\"}", "If-Match", "\"3\""),
                200, property, 4);
    }

    @Test
    void aLongHistoryIsSnapshottedAndThePropertyStillLoadsFromIt() {
        for (int i = 0; i < 110; i++) {
            assertThat(api.put(path("/postcode"), "{\"postcode\": \"" + (i % 2 == 0 ? "SW1A 1AA" : "LE11 3TU")
                    + "\"}").statusCode()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, property) > 0);
        String snapshot = jdbc.queryForObject(
                "SELECT payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", String.class, property);
        assertThat(json(snapshot).at("/baseline/walls/0/id").asText()).isEqualTo("wall-1");

        assertVersion(api.put(path("/elements/wall-1"), "{\"type\": \"WALL\", \"grossArea\": 120, \"uValue\": 0.2}"),
                200, property, 3 + 110 + 1);
        problemFields(api.delete(path("/elements/wall-1")), 400);
    }

    private String path(String subPath) {
        return "/api/properties/" + property + subPath;
    }

    private static void assertVersion(HttpResponse<String> response, int status, String id, long version) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = json(response);
        assertThat(body.get("id").asText()).isEqualTo(id);
        assertThat(body.get("version").asLong()).isEqualTo(version);
    }
}
