package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sapledger.app.ApiClient.json;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sapledger.app.admin.ProjectionRebuilder;
import org.sapledger.query.worksheet.WorksheetLines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Resetting the projections and replaying the event store gives exactly the tables the live projections kept. */
@SapledgerIntegrationTest
class RebuildTest {

    /** Every read-model table a rebuild replays, with the columns that order its rows. */
    private static final Map<String, String> TABLES = Map.of(
            "property_summary", "property_id",
            "worksheet", "subject_id",
            "worksheet_plan", "plan_id",
            "worksheet_version", "property_id");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProjectionRebuilder rebuilder;

    @Test
    void rebuiltTablesEqualTheLiveOnes() throws Exception {
        ApiClient api = new ApiClient(port, jdbc);
        String property = json(api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1))).get("id").asText();
        api.put("/api/properties/" + property + "/cooling", "{\"cooledArea\": 40.0, \"energyClass\": \"A\"}");
        api.put("/api/properties/" + property + "/postcode", "{\"postcode\": \"EH1 1YZ\"}");
        String plan = json(api.post("/api/properties/" + property + "/plans", "{\"name\": \"P\"}")).get("id").asText();
        String scenario = json(api.post("/api/plans/" + plan + "/scenarios", "{\"name\": \"S\"}")).get("id").asText();
        long version = json(api.post("/api/scenarios/" + scenario + "/measures",
                "{\"type\": \"CHANGE_U_VALUE\", \"elementId\": \"sap_wall_1_1\", \"uValue\": 0.2}"))
                .get("version").asLong();
        api.get("/api/scenarios/" + scenario + "/worksheet?minVersion=" + version);
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> live = dump();

        api.post("/api/admin/projections/rebuild", "{}");
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilder.status().values().stream()
                .allMatch(status -> !status.replaying() && status.caughtUp()));
        awaitCaughtUp();

        assertThat(dump()).isEqualTo(live);
        assertThat(live.get("worksheet")).isNotEmpty();
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).until(() -> rebuilder.status().values().stream()
                .allMatch(ProjectionRebuilder.ProcessorStatus::caughtUp));
    }

    /**
     * A row whose binary columns compare by content (as hex), and a worksheet row's RATING lines by the lines they
     * read: which base they are stored relative to (V16) depends on which versions of the row were written, and a
     * rebuild writes fewer of them than the live events did.
     */
    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        if (copy.containsKey("rating_base")) {
            byte[] base = (byte[]) copy.remove("rating_base");
            byte[] lines = (byte[]) copy.get("rating_lines");
            copy.put("rating_lines", lines == null ? null : WorksheetLines.decodeWithStoredReference(lines, base));
        }
        copy.replaceAll((column, value) -> value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
        return copy;
    }

    private Map<String, List<Map<String, Object>>> dump() {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        TABLES.forEach((table, order) -> tables.put(table, jdbc.queryForList(
                "SELECT * FROM " + table + " ORDER BY " + order).stream().map(RebuildTest::comparable).toList()));
        return tables;
    }
}
