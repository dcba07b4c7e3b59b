package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sapledger.app.ApiClient.json;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.sapledger.app.admin.ProjectionRebuilder;
import org.sapledger.app.messaging.SharedTailPosition;
import org.sapledger.query.property.PropertySummaryProjection;
import org.sapledger.query.worksheet.WorksheetProjection;
import org.sapledger.query.worksheet.WorksheetLines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resetting the projections and replaying the event store gives exactly the tables the live projections kept, and
 * the projections' processors then carry on from where the replay ended.
 */
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

    @Autowired
    EventProcessingConfiguration eventProcessing;

    @Autowired
    SharedTailPosition sharedTail;

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

        // the processors carry on from where the replay ended: plain positions, and later changes reach the tables
        assertThat(jdbc.queryForList("SELECT DISTINCT token_type FROM token_entry WHERE processor_name IN (?, ?)",
                String.class, PropertySummaryProjection.PROCESSING_GROUP, WorksheetProjection.PROCESSING_GROUP))
                .containsExactly(GapAwareTrackingToken.class.getName());
        long after = json(api.put("/api/properties/" + property + "/postcode", "{\"postcode\": \"G1 1AA\"}"))
                .get("version").asLong();
        api.get("/api/scenarios/" + scenario + "/worksheet?minVersion=" + after);
        await().atMost(Duration.ofSeconds(30)).until(() -> "G1 1AA".equals(jdbc.queryForObject(
                "SELECT postcode FROM property_summary WHERE property_id = ?", String.class, property)));
        assertThat(jdbc.queryForObject("SELECT version FROM worksheet_version WHERE property_id = ?", Long.class,
                property)).isEqualTo(after);
    }

    /**
     * Events the service did not append (another instance's, a bulk load) while the processors were stopped leave the
     * event store's shared tail behind the position a rebuild ends at; the rebuild brings it forward, so the
     * processors can follow it again instead of reading on their own streams. ({@code SharedTailCatchUpTest} shows
     * the tail standing still without followers; this checks the service's own wiring.)
     */
    @Test
    void afterARebuildTheSharedTailReachesTheProcessorsPosition() throws Exception {
        ApiClient api = new ApiClient(port, jdbc);
        String property = json(api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1))).get("id").asText();
        awaitCaughtUp();
        for (String name : ProjectionRebuilder.PROJECTIONS) {
            eventProcessing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow().shutDown();
        }
        insertCopiesBehindTheServicesBack(property, 3);
        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);

        rebuilder.rebuild();
        await().atMost(Duration.ofSeconds(60)).until(() -> rebuilder.status().values().stream()
                .allMatch(status -> !status.replaying() && status.caughtUp()));

        await().atMost(Duration.ofSeconds(30)).until(() -> sharedTail.newest()
                .map(token -> token.position().orElse(-1L) >= head).orElse(false));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM worksheet_version", Long.class)).isGreaterThanOrEqualTo(4);
    }

    /**
     * A rebuild stops the projections' processors while it replays the store into their projections: that is not a
     * failure, and the service's health stays UP, saying which processors are being rebuilt.
     */
    @Test
    void healthStaysUpWhileARebuildReplaysTheStore() throws Exception {
        ApiClient api = new ApiClient(port, jdbc);
        String property = json(api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1))).get("id").asText();
        // enough events for the replay to take a while
        insertCopiesBehindTheServicesBack(property, 5_000);
        awaitCaughtUp();

        rebuilder.rebuild();
        List<JsonNode> seen = new ArrayList<>();
        while (rebuilder.isRebuilding()) {
            seen.add(json(api.get("/actuator/health")));
        }
        awaitCaughtUp();

        assertThat(seen).isNotEmpty();
        assertThat(seen).allSatisfy(health -> assertThat(health.get("status").asText()).isEqualTo("UP"));
        assertThat(seen).anySatisfy(health -> assertThat(health.at("/components/eventProcessors/details/"
                + WorksheetProjection.PROCESSING_GROUP + "/rebuilding").asBoolean()).isTrue());
        assertThat(json(api.get("/actuator/health")).at("/components/eventProcessors/details/"
                + WorksheetProjection.PROCESSING_GROUP + "/rebuilding").asBoolean()).isFalse();
    }

    /**
     * A rebuild asked for while another runs waits for it, then runs; until the second is done the service says it
     * is rebuilding, so a processor the second one stopped is never reported as simply stopped.
     */
    @Test
    void aSecondRebuildWaitsForTheFirstAndTheStatusSaysRebuildingUntilBothAreDone() throws Exception {
        ApiClient api = new ApiClient(port, jdbc);
        api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE", Files.readString(ImportApiTest.M1));
        awaitCaughtUp();
        Map<String, List<Map<String, Object>>> live = dump();

        rebuilder.rebuild();
        rebuilder.rebuild();
        int polls = 0;
        while (rebuilder.isRebuilding()) {
            polls++;
        }
        for (String name : ProjectionRebuilder.PROJECTIONS) {
            assertThat(eventProcessing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow().isRunning())
                    .as("%s runs once no rebuild is pending", name).isTrue();
        }
        awaitCaughtUp();

        assertThat(polls).isPositive();
        assertThat(dump()).isEqualTo(live);
    }

    /**
     * Inserts {@code copies} copies of a property's events in SQL, as another instance or a bulk load would, each
     * under a new id and of another organisation (so no other test sees them).
     */
    private void insertCopiesBehindTheServicesBack(String property, int copies) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text, e.aggregate_identifier || '-copy-' || g, e.sequence_number, e.type,
                    e.time_stamp, e.payload_type, e.payload_revision,
                    replace(replace(e.payload, e.aggregate_identifier, e.aggregate_identifier || '-copy-' || g), ?,
                        'org-rebuild-copies'), e.meta_data
                FROM generate_series(1, ?) g CROSS JOIN
                    (SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?) e
                ORDER BY g, e.sequence_number""", ApiClient.ORGANISATION, copies, property);
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
