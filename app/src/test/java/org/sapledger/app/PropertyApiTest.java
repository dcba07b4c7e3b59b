package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first vertical slice over HTTP on real PostgreSQL: a registered property becomes an event row with a JSON
 * payload, the projection writes its summary, and the API serves it. Bad input is a problem+json and stores nothing.
 */
@SapledgerIntegrationTest
class PropertyApiTest {

    private static final String VALID_BODY = """
            {"addressLine": "1 High Street, Loughborough", "postcode": "LE11 3TU",
             "climateRegion": 0, "dwellingType": "HOUSE"}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String token;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void registeringAPropertyAppendsAnEventAndTheProjectionServesIt() throws Exception {
        HttpResponse<String> created = post("/api/properties", VALID_BODY);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        String id = body.get("id").asText();
        assertThat(body.get("version").asLong()).isZero();
        assertThat(body.size()).isEqualTo(2);
        assertThat(created.headers().firstValue("Location"))
                .hasValue("http://localhost:" + port + "/api/properties/" + id);

        Map<String, Object> event = jdbc.queryForMap("""
                SELECT sequence_number, type, payload_type, payload_revision, payload, meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ?""", id);
        assertThat(event).containsEntry("sequence_number", 0L)
                .containsEntry("type", "PropertyAggregate")
                .containsEntry("payload_type", "org.sapledger.domain.property.PropertyRegistered")
                .containsEntry("payload_revision", "2");
        JsonNode payload = json.readTree((String) event.get("payload"));
        assertThat(payload).isEqualTo(json.readTree("""
                {"propertyId": "%s", "organisationId": "%s", "addressLine": "1 High Street, Loughborough",
                 "postcode": "LE11 3TU", "climateRegion": 0, "dwellingType": "HOUSE"}"""
                .formatted(id, ApiClient.ORGANISATION)));
        assertThat(json.readTree((String) event.get("meta_data")).has("correlationId")).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/properties/" + id).statusCode() == 200);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM property_summary WHERE property_id = ?", id);
        assertThat(row).containsEntry("address_line", "1 High Street, Loughborough")
                .containsEntry("postcode", "LE11 3TU")
                .containsEntry("climate_region", 0)
                .containsEntry("dwelling_type", "HOUSE")
                .containsEntry("version", 0L);

        JsonNode summary = json.readTree(get("/api/properties/" + id).body());
        assertThat(summary.get("propertyId").asText()).isEqualTo(id);
        assertThat(summary.get("addressLine").asText()).isEqualTo("1 High Street, Loughborough");
        assertThat(summary.get("postcode").asText()).isEqualTo("LE11 3TU");
        assertThat(summary.get("climateRegion").asInt()).isZero();
        assertThat(summary.get("dwellingType").asText()).isEqualTo("HOUSE");
        assertThat(summary.get("version").asLong()).isZero();
    }

    @Test
    void theSummaryShowsThePostcodeAndClimateRegionThePropertyHasNow() throws Exception {
        String id = json.readTree(post("/api/properties", VALID_BODY).body()).get("id").asText();

        assertThat(put("/api/properties/" + id + "/postcode", "{\"postcode\": \"EH1 1YZ\"}").statusCode())
                .isEqualTo(200);
        assertThat(put("/api/properties/" + id + "/climate-region", "{\"climateRegion\": 12}").statusCode())
                .isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> json.readTree(get("/api/properties/" + id).body()).path("version").asLong() == 2);
        JsonNode summary = json.readTree(get("/api/properties/" + id).body());
        assertThat(summary.get("postcode").asText()).isEqualTo("EH1 1YZ");
        assertThat(summary.get("climateRegion").asInt()).isEqualTo(12);
        assertThat(summary.get("addressLine").asText()).isEqualTo("1 High Street, Loughborough");
        JsonNode newest = json.readTree(get("/api/properties?size=200").body()).get("items");
        assertThat(newest).filteredOn(item -> item.get("propertyId").asText().equals(id))
                .singleElement().satisfies(item -> assertThat(item.get("postcode").asText()).isEqualTo("EH1 1YZ"));
    }

    @Test
    void thePropertyListIsPaged() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/properties", VALID_BODY).statusCode()).isEqualTo(201);
        }
        long registered = count("""
                SELECT count(*) FROM domain_event_entry
                WHERE payload_type = 'org.sapledger.domain.property.PropertyRegistered'""");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("SELECT count(*) FROM property_summary") == registered);

        JsonNode page = json.readTree(get("/api/properties?page=1&size=2").body());
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("totalElements").asLong()).isEqualTo(registered);
        assertThat(page.get("items")).hasSize((int) Math.min(2, registered - 2));

        HttpResponse<String> badPage = get("/api/properties?page=-1&size=0");
        assertProblem(badPage, 400, "page", "size");
    }

    static List<Arguments> badRegistrations() {
        return List.of(
                Arguments.of("malformed JSON", "{\"addressLine\": \"1 High St\", ", List.of("body")),
                Arguments.of("empty body", "", List.of("body")),
                Arguments.of("every field missing", "{}",
                        List.of("addressLine", "climateRegion", "dwellingType", "postcode")),
                Arguments.of("every field out of range", """
                        {"addressLine": " ", "postcode": "NOT A POSTCODE", "climateRegion": 22,
                         "dwellingType": "CASTLE"}""",
                        List.of("addressLine", "climateRegion", "dwellingType", "postcode")),
                Arguments.of("negative region", """
                        {"addressLine": "1 High St", "postcode": "LE11 3TU", "climateRegion": -1,
                         "dwellingType": "FLAT"}""", List.of("climateRegion")),
                Arguments.of("fractional region", """
                        {"addressLine": "1 High St", "postcode": "LE11 3TU", "climateRegion": 2.5,
                         "dwellingType": "FLAT"}""", List.of("climateRegion")),
                Arguments.of("region of the wrong type", """
                        {"addressLine": "1 High St", "postcode": "LE11 3TU", "climateRegion": "north",
                         "dwellingType": "FLAT"}""", List.of("climateRegion")),
                Arguments.of("address too long", """
                        {"addressLine": "%s", "postcode": "LE11 3TU", "climateRegion": 1,
                         "dwellingType": "FLAT"}""".formatted("x".repeat(201)), List.of("addressLine")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void badInputIsAProblemNamingEveryBadFieldAndStoresNothing(String caseName, String requestBody,
            List<String> badFields) throws Exception {
        long eventsBefore = count("SELECT count(*) FROM domain_event_entry");

        HttpResponse<String> response = post("/api/properties", requestBody);

        assertProblem(response, 400, badFields.toArray(String[]::new));
        assertThat(count("SELECT count(*) FROM domain_event_entry")).isEqualTo(eventsBefore);
    }

    @Test
    void anUnknownPropertyIsANotFoundProblem() throws Exception {
        long eventsBefore = count("SELECT count(*) FROM domain_event_entry");

        HttpResponse<String> response = get("/api/properties/00000000-0000-0000-0000-000000000000");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("instance").asText()).isEqualTo("/api/properties/00000000-0000-0000-0000-000000000000");
        assertThat(problem.get("detail").asText()).contains("00000000-0000-0000-0000-000000000000");
        assertThat(count("SELECT count(*) FROM domain_event_entry")).isEqualTo(eventsBefore);
    }

    private void assertProblem(HttpResponse<String> response, int status, String... fields) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        List<String> named = problem.get("errors").findValuesAsText("field");
        assertThat(named).containsExactlyInAnyOrder(fields);
        for (JsonNode error : problem.get("errors")) {
            assertThat(error.get("detail").asText()).isNotBlank();
        }
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return sendJson("POST", path, body);
    }

    private HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        return sendJson("PUT", path, body);
    }

    private HttpResponse<String> sendJson(String method, String path, String body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization())
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String authorization() {
        if (token == null) {
            token = ApiClient.mintToken(port, ApiClient.ORGANISATION, ApiClient.SUBJECT);
        }
        return "Bearer " + token;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
