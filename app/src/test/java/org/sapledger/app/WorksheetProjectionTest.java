package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sapledger.app.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.query.worksheet.WorksheetLines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worksheet projection, event type by event type: after each event the property's worksheets have reached the
 * event's version, the baseline's inputs are the baseline replayed from the event store, and every stored
 * worksheet — baseline and scenarios, both bases, kept incrementally — equals a full evaluation of its inputs.
 */
@SapledgerIntegrationTest
class WorksheetProjectionTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    private ApiClient api;
    private String property;

    @Test
    void everyEventTypeKeepsEveryWorksheetEqualToAFullEvaluation() throws Exception {
        api = new ApiClient(port, jdbc);
        property = api.registerProperty();
        expectEvent("PropertyRegistered", () -> null);
        String base = "/api/properties/" + property;

        step("StoreysChanged", () -> api.put(base + "/storeys", BaselineApiTest.STOREYS));
        step("ElementAdded", () -> api.post(base + "/elements", BaselineApiTest.WALL));
        step("ElementAdded", () -> api.post(base + "/elements", BaselineApiTest.WINDOW));
        step("ElementAdded", () -> api.post(base + "/elements",
                "{\"type\": \"ROOF\", \"id\": \"roof-1\", \"grossArea\": 50, \"uValue\": 0.2}"));
        step("ElementAdded", () -> api.post(base + "/elements",
                "{\"type\": \"FLOOR\", \"id\": \"floor-1\", \"kind\": \"GROUND\", \"area\": 50, \"uValue\": 0.4}"));
        step("ElementChanged", () -> api.put(base + "/elements/wall-1",
                "{\"type\": \"WALL\", \"grossArea\": 110, \"uValue\": 0.3}"));
        step("ThermalBridgingChanged", () -> api.put(base + "/thermal-bridging", "{\"type\": \"Y_VALUE\", \"y\": 0.08}"));
        step("VentilationChanged", () -> api.put(base + "/ventilation", """
                {"openChimneys": 1, "openFlues": 0, "closedFires": 0, "solidFuelBoilerFlues": 0,
                 "otherHeaterFlues": 0, "blockedChimneys": 0, "intermittentExtractFans": 2, "passiveVents": 0,
                 "fluelessGasFires": 0, "shelteredSides": 1,
                 "airTightness": {"type": "PRESSURE_TEST", "pressure": "AP50", "airPermeability": 6.0},
                 "system": {"type": "NATURAL", "systemAirChangeRate": 0.5}}"""));
        step("ThermalMassChanged", () -> api.put(base + "/thermal-mass", "{\"thermalMassParameter\": 100}"));
        step("CoolingInstalled", () -> api.put(base + "/cooling", "{\"cooledArea\": 30.0, \"seer\": 4.5}"));
        step("PlanCreated", () -> api.post(base + "/plans", "{\"name\": \"P\"}"));
        String plan = lastCreatedId();
        step("ScenarioAdded", () -> api.post("/api/plans/" + plan + "/scenarios", "{\"name\": \"S\"}"));
        String scenario = lastCreatedId();
        step("MeasureAdded", () -> api.post("/api/scenarios/" + scenario + "/measures",
                "{\"type\": \"CHANGE_U_VALUE\", \"elementId\": \"window-1\", \"uValue\": 0.8}"));
        step("MeasureAdded", () -> api.post("/api/scenarios/" + scenario + "/measures",
                "{\"type\": \"SET_COOLING\", \"cooledArea\": 90.0, \"energyClass\": \"A++\"}"));
        String coolingMeasure = lastCreatedId();
        step("CoolingChanged", () -> api.put(base + "/cooling", "{\"cooledArea\": 45.0, \"seer\": 4.5}"));
        step("ClimateRegionChanged", () -> api.put(base + "/climate-region", "{\"climateRegion\": 12}"));
        step("PostcodeChanged", () -> api.put(base + "/postcode", "{\"postcode\": \"EH1 1YZ\"}"));
        step("MeasureRemoved", () -> api.delete("/api/scenarios/" + scenario + "/measures/" + coolingMeasure));
        step("ElementRemoved", () -> api.delete(base + "/elements/window-1"));
        step("CoolingRemoved", () -> api.delete(base + "/cooling"));

        assertThat(json.readTree(jdbc.queryForObject(
                "SELECT measures FROM worksheet WHERE subject_id = ? AND basis = 'RATING'", String.class, scenario))
                .get(0).get("status").asText()).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void anImportedBaselineIsCalculatedFromTheStart() throws Exception {
        api = new ApiClient(port, jdbc);
        HttpResponse<String> imported = api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1));
        property = json(imported).get("id").asText();
        expectEvent("BaselineImported", () -> imported);
        assertThat(jdbc.queryForObject("SELECT lines IS NOT NULL FROM worksheet WHERE subject_id = ? AND basis = 'RATING'",
                Boolean.class, property)).isTrue();
        // V14: kept out of line uncompressed (compressing them was a large share of PostgreSQL's work per event)
        assertThat(jdbc.queryForObject("SELECT pg_column_compression(lines) FROM worksheet WHERE subject_id = ?"
                + " AND basis = 'RATING'", String.class, property)).isNull();
        assertThat(jdbc.queryForObject("SELECT pg_column_size(lines) >= octet_length(lines) FROM worksheet"
                + " WHERE subject_id = ? AND basis = 'RATING'", Boolean.class, property)).isTrue();
    }

    private HttpResponse<String> lastResponse;

    private void step(String eventType, Supplier<HttpResponse<String>> command) throws Exception {
        lastResponse = command.get();
        assertThat(lastResponse.statusCode()).as(eventType + ": " + lastResponse.body()).isBetween(200, 201);
        expectEvent(eventType, () -> lastResponse);
    }

    private String lastCreatedId() {
        return json(lastResponse).get("id").asText();
    }

    private void expectEvent(String eventType, Supplier<HttpResponse<String>> response) throws Exception {
        long version = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                property);
        assertThat(jdbc.queryForObject("""
                SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""",
                String.class, property, version)).endsWith("." + eventType);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "SELECT version FROM worksheet_version WHERE property_id = ?", Long.class, property).stream()
                .anyMatch(v -> v >= version));

        for (Map<String, Object> row : jdbc.queryForList(
                "SELECT subject_id, plan_id, basis, inputs::text AS inputs, lines FROM worksheet "
                        + "WHERE property_id = ?", property)) {
            Dwelling inputs = json.readValue((String) row.get("inputs"), Dwelling.class);
            if (row.get("lines") == null) {
                continue;
            }
            if (row.get("plan_id") == null) {
                JsonNode replayed = json(api.get("/api/properties/" + property + "/worksheet?basis="
                        + row.get("basis") + "&atVersion=" + version)).get("lines");
                JsonNode stored = json.valueToTree(
                        WorksheetLines.toJson(WorksheetLines.decode((byte[]) row.get("lines"))));
                assertThat(stored).as(eventType + ": baseline replayed from the events").isEqualTo(replayed);
            }
            Worksheet full = Worksheet.calculate(inputs, CalculationBasis.valueOf((String) row.get("basis")));
            Map<String, LineValue> stored = WorksheetLines.decode((byte[]) row.get("lines"));
            assertThat(stored).as("%s: %s %s", eventType, row.get("subject_id"), row.get("basis"))
                    .isEqualTo(full.lines());
        }
    }
}
