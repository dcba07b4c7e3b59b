package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.ApiClient.json;
import static org.sapledger.app.ApiClient.problemFields;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auditor's view (registration, import, cooling, then) a wall's U-value changed three times by different people for different reasons. The history
 * shows who, when and why; the worksheet at each version is the one the live projection showed then; the trail
 * of (107) shows how the number came to be.
 */
@SapledgerIntegrationTest
class HistoryApiTest {

    private static final double[] U_VALUES = {0.35, 0.25, 0.18};
    private static final String[] ACTORS = {"surveyor-1", "planner-2", "client-3"};
    private static final String[] REASONS = {"survey correction", "cavity fill quote", "external insulation"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String property;
    private final List<Long> versions = new ArrayList<>();
    private final List<JsonNode> liveWorksheets = new ArrayList<>();
    private final List<Instant> after = new ArrayList<>();

    @BeforeEach
    void changeAWallThreeTimes() throws Exception {
        api = new ApiClient(port, jdbc);
        property = json(api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1))).get("id").asText();
        api.put("/api/properties/" + property + "/cooling", "{\"cooledArea\": 50.0, \"seer\": 4.0}");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> changed = api.as(ApiClient.ORGANISATION, ACTORS[i]).put(
                    "/api/properties/" + property + "/elements/sap_wall_1_1",
                    "{\"type\": \"WALL\", \"grossArea\": 120, \"uValue\": " + U_VALUES[i] + "}",
                    "X-Reason", REASONS[i]);
            assertThat(changed.statusCode()).isEqualTo(200);
            long version = json(changed).get("version").asLong();
            versions.add(version);
            liveWorksheets.add(json(api.get("/api/properties/" + property + "/worksheet?minVersion=" + version)));
            after.add(Instant.now());
        }
    }

    @Test
    void theHistoryShowsTheThreeChangesWithTheirActorsAndReasons() {
        JsonNode history = json(api.get("/api/properties/" + property + "/history"));

        assertThat(history.get("totalElements").asLong()).isEqualTo(6);
        JsonNode items = history.get("items");
        assertThat(items.get(0).get("type").asText()).isEqualTo("PropertyRegistered");
        for (int i = 0; i < 3; i++) {
            JsonNode entry = items.get(versions.get(i).intValue());
            assertThat(entry.get("sequenceNumber").asLong()).isEqualTo(versions.get(i));
            assertThat(entry.get("type").asText()).isEqualTo("ElementChanged");
            assertThat(entry.get("actor").asText()).isEqualTo(ACTORS[i]);
            assertThat(entry.get("reason").asText()).isEqualTo(REASONS[i]);
            assertThat(entry.get("correlationId").asText()).isNotBlank();
            assertThat(Instant.parse(entry.get("timestamp").asText())).isBefore(after.get(i).plusMillis(1));
            assertThat(entry.at("/payload/after/uValue").asDouble()).isEqualTo(U_VALUES[i]);
            assertThat(entry.at("/payload/before/uValue").asDouble()).isEqualTo(i == 0 ? 0.5 : U_VALUES[i - 1]);
        }
        JsonNode secondPage = json(api.get("/api/properties/" + property + "/history?page=1&size=2"));
        assertThat(secondPage.get("items")).hasSize(2);
        assertThat(secondPage.at("/items/0/sequenceNumber").asLong()).isEqualTo(2);
    }

    @Test
    void theHistoryIsAlsoCsv() {
        HttpResponse<String> csv = api.get("/api/properties/" + property + "/history", "Accept", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        String[] rows = csv.body().split("\r\n");
        assertThat(rows).hasSize(7);
        assertThat(rows[0]).startsWith("sequence_number,timestamp,type,actor,correlation_id,reason,payload");
        assertThat(rows[versions.get(2).intValue() + 1]).contains("ElementChanged", ACTORS[2], REASONS[2]);
    }

    @Test
    void theWorksheetAtEachVersionIsTheOneTheLiveProjectionShowedThen() {
        for (int i = 0; i < 3; i++) {
            JsonNode asOf = json(api.get("/api/properties/" + property + "/worksheet?atVersion=" + versions.get(i)));
            assertThat(asOf.get("version").asLong()).isEqualTo(versions.get(i));
            assertThat(asOf.get("lines")).isEqualTo(liveWorksheets.get(i).get("lines"));

            JsonNode byInstant = json(api.get("/api/properties/" + property + "/worksheet?asOf=" + after.get(i)));
            assertThat(byInstant.get("lines")).isEqualTo(liveWorksheets.get(i).get("lines"));
        }
        assertThat(liveWorksheets.get(0).at("/lines/107_total").asDouble())
                .isNotEqualTo(liveWorksheets.get(2).at("/lines/107_total").asDouble());
    }

    @Test
    void theTrailOf107ShowsTheThreeValues() {
        JsonNode trail = json(api.get("/api/properties/" + property + "/history/lines?line=107_total"));

        JsonNode points = trail.get("points");
        assertThat(points).hasSize(6);
        for (int i = 0; i < 3; i++) {
            JsonNode point = points.get(versions.get(i).intValue());
            assertThat(point.get("eventType").asText()).isEqualTo("ElementChanged");
            assertThat(point.get("actor").asText()).isEqualTo(ACTORS[i]);
            assertThat(point.get("changed").asBoolean()).isTrue();
            assertThat(point.get("value").asDouble())
                    .isEqualTo(liveWorksheets.get(i).at("/lines/107_total").asDouble());
        }
        JsonNode monthly = json(api.get("/api/properties/" + property + "/history/lines?line=107"));
        assertThat(monthly.at("/points/5/value")).hasSize(12);
    }

    @Test
    void aTimeBeforeThePropertyIsNotFoundAndAVersionBeyondTheLatestIsABadRequest() {
        problemFields(api.get("/api/properties/" + property + "/worksheet?asOf=2000-01-01T00:00:00Z"), 404);
        assertThat(problemFields(api.get("/api/properties/" + property + "/worksheet?atVersion=99"), 400))
                .containsExactly("atVersion");
        assertThat(problemFields(api.get("/api/properties/" + property + "/worksheet?asOf=yesterday"), 400))
                .containsExactly("asOf");
        problemFields(api.get("/api/properties/00000000-0000-0000-0000-00000000000d/history"), 404);
    }

    @Test
    void aScenarioWorksheetCanBeReadAsOfAVersion() {
        String plan = json(api.post("/api/properties/" + property + "/plans", "{\"name\": \"P\"}")).get("id").asText();
        String scenario = json(api.post("/api/plans/" + plan + "/scenarios", "{\"name\": \"S\"}")).get("id").asText();
        long measured = json(api.post("/api/scenarios/" + scenario + "/measures",
                "{\"type\": \"SET_COOLING\", \"cooledArea\": 90.0, \"seer\": 4.0}")).get("version").asLong();
        JsonNode live = json(api.get("/api/scenarios/" + scenario + "/worksheet?minVersion=" + measured));

        JsonNode asOf = json(api.get("/api/scenarios/" + scenario + "/worksheet?atVersion=" + measured));
        JsonNode beforeMeasure = json(api.get("/api/scenarios/" + scenario + "/worksheet?atVersion=" + (measured - 1)));

        assertThat(asOf.get("lines")).isEqualTo(live.get("lines"));
        assertThat(asOf.at("/measures/0/status").asText()).isEqualTo("APPLIED");
        assertThat(beforeMeasure.get("measures")).isEmpty();
        problemFields(api.get("/api/scenarios/" + scenario + "/worksheet?atVersion=" + (measured - 2)), 404);
    }
}
