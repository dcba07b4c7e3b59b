package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.ApiClient.json;
import static org.sapledger.app.ApiClient.problemFields;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Authentication and tenancy: {@code /api} needs a valid bearer token, every property (with its plans, scenarios,
 * worksheets and history) belongs to the organisation of the token that registered it, and to every other
 * organisation its ids do not exist — on every endpoint, reads and writes alike, with nothing stored.
 */
@SapledgerIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TenancyAndSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient owner;
    private ApiClient stranger;
    private String property;
    private String plan;
    private String scenario;
    private String measure;

    @BeforeEach
    void setUp() {
        owner = new ApiClient(port, jdbc, "org-owner", "owner-user");
        stranger = owner.as("org-stranger", "stranger-user");
        property = owner.registerProperty();
        ok(owner.put("/api/properties/" + property + "/storeys", BaselineApiTest.STOREYS));
        ok(owner.post("/api/properties/" + property + "/elements", BaselineApiTest.WALL));
        plan = json(ok(owner.post("/api/properties/" + property + "/plans", "{\"name\": \"P\"}"))).get("id").asText();
        scenario = json(ok(owner.post("/api/plans/" + plan + "/scenarios", "{\"name\": \"S\"}"))).get("id").asText();
        measure = json(ok(owner.post("/api/scenarios/" + scenario + "/measures",
                "{\"type\": \"CHANGE_U_VALUE\", \"elementId\": \"wall-1\", \"uValue\": 0.18}"))).get("id").asText();
    }

    @Test
    void anotherOrganisationGets404OnEveryEndpointAndStoresNothing() {
        String p = "/api/properties/" + property;
        List<Function<ApiClient, HttpResponse<String>>> requests = List.of(
                api -> api.get(p),
                api -> api.get(p + "/baseline"),
                api -> api.get(p + "/worksheet"),
                api -> api.get(p + "/worksheet?atVersion=1"),
                api -> api.get(p + "/worksheet?asOf=2030-01-01T00:00:00Z"),
                api -> api.get(p + "/history"),
                api -> api.get(p + "/history", "Accept", "text/csv"),
                api -> api.get(p + "/history/lines?line=107"),
                api -> api.get("/api/scenarios/" + scenario + "/worksheet"),
                api -> api.get("/api/scenarios/" + scenario + "/worksheet?atVersion=5"),
                api -> api.get("/api/plans/" + plan + "/comparison"),
                api -> api.get("/api/plans/" + plan + "/comparison", "Accept", "text/csv"),
                api -> api.get("/api/plans/" + plan + "/comparison", "Accept", "image/svg+xml"),
                api -> api.put(p + "/cooling", "{\"cooledArea\": 50.0, \"seer\": 4.0}"),
                api -> api.delete(p + "/cooling"),
                api -> api.put(p + "/thermal-mass", "{\"thermalMassParameter\": 250}"),
                api -> api.put(p + "/postcode", "{\"postcode\": \"SW1A 1AA\"}"),
                api -> api.put(p + "/elements/wall-1", BaselineApiTest.WALL),
                api -> api.delete(p + "/elements/wall-1"),
                api -> api.post(p + "/elements", BaselineApiTest.WALL.replace("wall-1", "wall-2")),
                api -> api.post(p + "/plans", "{\"name\": \"Q\"}"),
                api -> api.post("/api/plans/" + plan + "/scenarios", "{\"name\": \"T\"}"),
                api -> api.post("/api/scenarios/" + scenario + "/measures",
                        "{\"type\": \"SET_COOLING\", \"cooledArea\": 60.0, \"seer\": 5.1}"),
                api -> api.delete("/api/scenarios/" + scenario + "/measures/" + measure));
        long events = owner.eventCount();

        List<Integer> statuses = new ArrayList<>();
        for (Function<ApiClient, HttpResponse<String>> request : requests) {
            HttpResponse<String> answer = request.apply(stranger);
            problemFields(answer, 404);
            assertThat(answer.body()).doesNotContain("1 High Street");
            statuses.add(answer.statusCode());
        }

        assertThat(statuses).hasSize(requests.size()).containsOnly(404);
        assertThat(owner.eventCount()).isEqualTo(events);
        for (Function<ApiClient, HttpResponse<String>> request : requests.subList(0, 13)) {
            assertThat(request.apply(owner).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void eachOrganisationListsOnlyItsOwnProperties() {
        // the list is projected asynchronously: wait until the owner sees the property
        await().atMost(Duration.ofSeconds(10)).until(
                () -> new JsonNodes(json(owner.get("/api/properties?size=200"))).ids().contains(property));

        JsonNodes foreign = new JsonNodes(json(stranger.get("/api/properties?size=200")));
        assertThat(foreign.ids()).doesNotContain(property);
        assertThat(foreign.total()).isZero();
    }

    @Test
    void theActorAndOrganisationOfEveryEventComeFromTheToken() {
        List<String> actors = jdbc.queryForList(
                "SELECT DISTINCT meta_data::jsonb ->> 'actor' FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, property);
        List<String> organisations = jdbc.queryForList(
                "SELECT DISTINCT meta_data::jsonb ->> 'organisation' FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ?", String.class, property);
        assertThat(actors).containsExactly("owner-user");
        assertThat(organisations).containsExactly("org-owner");
    }

    @Test
    void withoutAValidTokenTheApiAnswers401AndStoresNothing() {
        long events = owner.eventCount();
        List<String[]> credentials = List.of(
                new String[] {"Authorization", null},
                new String[] {"Authorization", "Bearer not-a-jwt"},
                new String[] {"Authorization", "Basic dXNlcjpwYXNz"},
                new String[] {"Authorization", "Bearer " + forged()});
        for (String[] credential : credentials) {
            HttpResponse<String> read = owner.get("/api/properties/" + property, credential);
            HttpResponse<String> write = owner.post("/api/properties", """
                    {"addressLine": "1 High Street", "postcode": "LE11 3TU", "climateRegion": 0,
                     "dwellingType": "HOUSE"}""", credential);
            for (HttpResponse<String> answer : List.of(read, write)) {
                problemFields(answer, 401);
                assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer"));
            }
        }
        assertThat(owner.eventCount()).isEqualTo(events);
    }

    @Test
    void healthAndTheApiDocumentStayOpen() {
        assertThat(owner.get("/actuator/health/liveness", "Authorization", null).statusCode()).isEqualTo(200);
        assertThat(owner.get("/v3/api-docs", "Authorization", null).statusCode()).isEqualTo(200);
    }

    @Test
    void administrationNeedsTheAdminScope() {
        String userToken = mint("{\"organisation\": \"org-owner\", \"subject\": \"u\", \"admin\": false}");
        HttpResponse<String> refused = owner.post("/api/admin/projections/rebuild", "{}",
                "Authorization", "Bearer " + userToken);
        problemFields(refused, 403);
    }

    @Test
    void aTokenWithoutAnOrganisationCannotBeMinted() {
        HttpResponse<String> refused = owner.post("/dev/token", "{\"subject\": \"u\"}", "Authorization", null);
        assertThat(problemFields(refused, 400)).containsExactly("organisation");
    }

    @Test
    void noTokenAddressOrUserAppearsInTheLog(CapturedOutput log) {
        String address = "17 Confidential Gardens";
        HttpResponse<String> created = owner.post("/api/properties", """
                {"addressLine": "%s", "postcode": "ZE1 0AA", "climateRegion": 0, "dwellingType": "FLAT"}"""
                .formatted(address));
        String id = json(ok(created)).get("id").asText();
        owner.put("/api/properties/" + id + "/cooling", "{\"cooledArea\": -5, \"seer\": 4.0}");
        owner.get("/api/properties/" + id, "Authorization", "Bearer not-a-jwt");
        stranger.get("/api/properties/" + id);

        assertThat(log.getAll()).doesNotContain(token(owner)).doesNotContain(token(stranger))
                .doesNotContain(address).doesNotContain("ZE1 0AA").doesNotContain("owner-user")
                .doesNotContain("stranger-user").doesNotContain("not-a-jwt");
    }

    private static String token(ApiClient client) {
        return client.authorization().substring("Bearer ".length());
    }

    private String mint(String body) {
        return json(ok(owner.post("/dev/token", body, "Authorization", null))).get("access_token").asText();
    }

    /** A well-formed token for the same claims, signed by a key the service does not know. */
    private String forged() {
        String[] parts = token(owner).split("\\.");
        String otherSignature = token(stranger).split("\\.")[2];
        return parts[0] + "." + parts[1] + "." + otherSignature;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return response;
    }

    /** The ids and total of a property list page. */
    private record JsonNodes(com.fasterxml.jackson.databind.JsonNode page) {
        List<String> ids() {
            return page.get("items").findValuesAsText("propertyId");
        }

        long total() {
            return page.get("totalElements").asLong();
        }
    }
}
