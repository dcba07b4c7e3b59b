package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Schema evolution, end to end. A database as the last release before tenancy left it (Flyway V1–V9) holds the
 * committed fixture events of {@code fixtures/events-before-tenancy} ({@code PropertyRegistered} revision 1, plus
 * the directory rows that release wrote beside them). Today's service starts on it: Flyway upgrades the schema,
 * the upcaster turns revision 1 into revision 2 on every read, the projections build from the old events, and
 * aggregates load from them. The old property must read exactly like a twin built today from the same requests:
 * every worksheet line, live and replayed as of its latest version.
 */
class EventSchemaEvolutionTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/events-before-tenancy/m1-history.json");
    private static final Path M1 = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext service;
    private static JsonNode fixture;
    private static ApiClient legacy;

    @BeforeAll
    static void upgradeADatabaseThatHoldsOldEvents() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).target("9").load().migrate();
        fixture = JSON.readTree(FIXTURE.toFile());
        storeAsTheOldReleaseDid(new JdbcTemplate(postgres.getPostgresDatabase()), fixture);

        service = new SpringApplicationBuilder(SapledgerApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                // an external database: development mode only because this says so
                "--sapledger.security.development-mode=true");
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        legacy = new ApiClient(port, service.getBean(JdbcTemplate.class), "legacy", "migrated-user");
    }

    @AfterAll
    static void stop() throws IOException {
        if (service != null) {
            service.close();
        }
        postgres.close();
    }

    @Test
    void oldEventsReplayToTheSameWorksheetLinesAsTheSameRequestsToday() {
        String oldProperty = fixture.get("propertyId").asText();
        String oldScenario = fixture.get("scenarioId").asText();
        Twin twin = twinBuiltToday();

        for (String basis : new String[] {"rating", "local"}) {
            JsonNode oldBaseline = await().atMost(Duration.ofSeconds(30)).until(
                    () -> worksheet("/api/properties/" + oldProperty + "/worksheet?minVersion=8&basis=" + basis),
                    sheet -> sheet != null);
            JsonNode todayBaseline = worksheet("/api/properties/" + twin.property()
                    + "/worksheet?minVersion=" + twin.version() + "&basis=" + basis);
            assertThat(oldBaseline.get("lines")).isNotEmpty().isEqualTo(todayBaseline.get("lines"));

            JsonNode oldScenarioSheet = worksheet("/api/scenarios/" + oldScenario + "/worksheet?basis=" + basis);
            JsonNode todayScenarioSheet = worksheet("/api/scenarios/" + twin.scenario() + "/worksheet?minVersion="
                    + twin.version() + "&basis=" + basis);
            assertThat(oldScenarioSheet.get("lines")).isNotEmpty().isEqualTo(todayScenarioSheet.get("lines"));
            assertThat(oldScenarioSheet.get("measures").size()).isEqualTo(2);

            JsonNode replayed = worksheet("/api/properties/" + oldProperty + "/worksheet?atVersion=8&basis=" + basis);
            assertThat(replayed.get("lines")).isEqualTo(todayBaseline.get("lines"));
        }
    }

    @Test
    void theOldPropertyBelongsToTheLegacyOrganisationAndItsAggregateStillTakesCommands() {
        String oldProperty = fixture.get("propertyId").asText();
        HttpResponse<String> changed = legacy.put("/api/properties/" + oldProperty + "/thermal-mass",
                "{\"thermalMassParameter\": 250}", "If-Match", "\"8\"");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ApiClient.json(changed).get("version").asLong()).isEqualTo(9);

        ApiClient otherOrganisation = legacy.as("org-test", "someone");
        assertThat(otherOrganisation.get("/api/properties/" + oldProperty + "/worksheet").statusCode())
                .isEqualTo(404);
        assertThat(otherOrganisation.get("/api/properties/" + oldProperty + "/history").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theStoredEventsAreNotRewritten() {
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        String revision = jdbc.queryForObject("""
                SELECT payload_revision FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = 0""", String.class,
                fixture.get("propertyId").asText());
        assertThat(revision).isEqualTo("1");
    }

    /** The same requests as the fixture's, sent to today's service by the legacy organisation. */
    private static Twin twinBuiltToday() {
        try {
            HttpResponse<String> imported = legacy.postXml(
                    "/api/properties/import?addressLine=Fixture%20House&dwellingType=HOUSE", Files.readString(M1));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            String property = ApiClient.json(imported).get("id").asText();
            String base = "/api/properties/" + property;
            ok(legacy.put(base + "/cooling",
                    "{\"cooledArea\": 60.0, \"seer\": 5.1, \"reason\": \"survey found split units\"}"));
            ok(legacy.put(base + "/elements/sap_wall_1_1", "{\"type\": \"WALL\", \"grossArea\": 120, \"uValue\": 0.35}"));
            ok(legacy.put(base + "/thermal-mass", "{\"thermalMassParameter\": 150}"));
            String plan = ApiClient.json(ok(legacy.post(base + "/plans", "{\"name\": \"Retrofit 2027\"}")))
                    .get("id").asText();
            String scenario = ApiClient.json(ok(legacy.post("/api/plans/" + plan + "/scenarios",
                    "{\"name\": \"Insulate walls\"}"))).get("id").asText();
            ok(legacy.post("/api/scenarios/" + scenario + "/measures",
                    "{\"type\": \"CHANGE_U_VALUE\", \"elementId\": \"sap_wall_1_1\", \"uValue\": 0.18}"));
            long version = ApiClient.json(ok(legacy.post("/api/scenarios/" + scenario + "/measures",
                    "{\"type\": \"SET_COOLING\", \"cooledArea\": 80.0, \"seer\": 6.0}"))).get("version").asLong();
            return new Twin(property, scenario, version);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Twin(String property, String scenario, long version) {
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response;
    }

    private static JsonNode worksheet(String path) {
        HttpResponse<String> response = legacy.get(path);
        if (response.statusCode() == 404 || response.statusCode() == 503) {
            return null;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    /**
     * Writes the fixture as the old release did: its events in the event store, and the rows its subscribing
     * plan-directory processor wrote in the same transactions.
     */
    private static void storeAsTheOldReleaseDid(JdbcTemplate jdbc, JsonNode fixture) throws IOException {
        String propertyId = fixture.get("propertyId").asText();
        for (JsonNode event : fixture.get("events")) {
            jdbc.update("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, ?, ?, 'PropertyAggregate', ?, ?, ?, ?, ?)""",
                    UUID.randomUUID().toString(), propertyId, event.get("sequenceNumber").asLong(),
                    Instant.parse(event.get("timestamp").asText()).toString(), event.get("payloadType").asText(),
                    event.get("payloadRevision").asText(), JSON.writeValueAsString(event.get("payload")),
                    JSON.writeValueAsString(event.get("metaData")));
        }
        jdbc.update("INSERT INTO plan_directory (plan_id, property_id) VALUES (?, ?)",
                fixture.get("planId").asText(), propertyId);
        jdbc.update("INSERT INTO scenario_directory (scenario_id, plan_id, property_id) VALUES (?, ?, ?)",
                fixture.get("scenarioId").asText(), fixture.get("planId").asText(), propertyId);
    }
}
