package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sapledger.app.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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
                "SELECT measures FROM worksheet WHERE subject_id = ?", String.class, scenario))
                .get(0).get("status").asText()).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void anImportedBaselineIsCalculatedFromTheStart() throws Exception {
        importM1();
        // V15: one row holds both bases; the LOCAL basis's inputs, problems, measures and evaluated lines are stored
        // only where they differ from the RATING basis's (here nowhere: the import is on the UK average climate)
        assertThat(jdbc.queryForMap("""
                SELECT rating_lines IS NOT NULL AS rating, local_lines IS NOT NULL AS local,
                       local_inputs IS NULL AND local_problems IS NULL AND local_measures IS NULL
                           AND local_evaluated_lines IS NULL AS same
                FROM worksheet WHERE subject_id = ?""", property))
                .containsEntry("rating", true).containsEntry("local", true).containsEntry("same", true);
        // V14: lines kept out of line uncompressed (compressing them was a large share of PostgreSQL's work per event)
        assertThat(jdbc.queryForMap("""
                SELECT pg_column_compression(rating_lines) IS NULL AND pg_column_compression(local_lines) IS NULL
                           AND pg_column_compression(rating_base) IS NULL AS uncompressed,
                       pg_column_size(rating_base) >= octet_length(rating_base) AS stored_whole
                FROM worksheet WHERE subject_id = ?""", property))
                .containsEntry("uncompressed", true).containsEntry("stored_whole", true);
    }

    @Test
    void aClimateRegionChangeGivesTheLocalBasisItsOwnLinesInTheSubjectsOneRow() throws Exception {
        importM1();
        // the UK average climate on both bases: every LOCAL value is the RATING one, stored as two bits
        int sameLines = jdbc.queryForObject("SELECT octet_length(local_lines) FROM worksheet WHERE subject_id = ?",
                Integer.class, property);
        assertThat(sameLines).isLessThan(200);

        step("ClimateRegionChanged", () -> api.put("/api/properties/" + property + "/climate-region",
                "{\"climateRegion\": 12}"));

        JsonNode rating = json(api.get("/api/properties/" + property + "/worksheet?basis=RATING"));
        JsonNode local = json(api.get("/api/properties/" + property + "/worksheet?basis=LOCAL"));
        assertThat(local.get("lines")).isNotEqualTo(rating.get("lines"));
        assertThat(jdbc.queryForMap("""
                SELECT count(*) AS rows, max(octet_length(local_lines)) > ? AS own_values,
                       bool_and(local_inputs IS NULL) AS inputs_once
                FROM worksheet WHERE subject_id = ?""", sameLines + 8 * 100, property))
                .containsEntry("rows", 1L).containsEntry("own_values", true).containsEntry("inputs_once", true);
    }

    /** Imports the M1 reference dwelling as {@link #property} and waits for its worksheets. */
    private void importM1() throws Exception {
        api = new ApiClient(port, jdbc);
        HttpResponse<String> imported = api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1));
        property = json(imported).get("id").asText();
        expectEvent("BaselineImported", () -> imported);
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

        for (Map<String, Object> row : jdbc.queryForList("""
                SELECT subject_id, plan_id, inputs::text AS rating_inputs, rating_lines, rating_base,
                       coalesce(local_inputs, inputs)::text AS local_inputs, local_lines
                FROM worksheet WHERE property_id = ?""", property)) {
            Map<String, LineValue> ratingLines = null;
            for (CalculationBasis basis : CalculationBasis.values()) {
                String column = basis.name().toLowerCase(Locale.ROOT);
                Dwelling inputs = json.readValue((String) row.get(column + "_inputs"), Dwelling.class);
                byte[] stored = (byte[]) row.get(column + "_lines");
                if (stored == null) {
                    continue;
                }
                // the RATING basis's lines are stored relative to the row's base, the LOCAL basis's relative to
                // the RATING basis's
                Map<String, LineValue> lines = basis == CalculationBasis.RATING
                        ? WorksheetLines.decodeWithStoredReference(stored, (byte[]) row.get("rating_base"))
                        : WorksheetLines.decode(stored, ratingLines);
                if (basis == CalculationBasis.RATING) {
                    assertThat(WorksheetLines.isRelative(stored)).as("%s: RATING lines relative to the base",
                            eventType).isTrue();
                    ratingLines = lines;
                }
                if (row.get("plan_id") == null) {
                    JsonNode replayed = json(api.get("/api/properties/" + property + "/worksheet?basis="
                            + basis + "&atVersion=" + version)).get("lines");
                    JsonNode storedJson = json.valueToTree(WorksheetLines.toJson(lines));
                    assertThat(storedJson).as(eventType + ": baseline replayed from the events").isEqualTo(replayed);
                }
                Worksheet full = Worksheet.calculate(inputs, basis);
                assertThat(lines).as("%s: %s %s", eventType, row.get("subject_id"), basis).isEqualTo(full.lines());
            }
        }
    }
}
