package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every event records who asked, in which request, when and why; a retried request with the same
 * {@code Idempotency-Key} returns the first answer and appends nothing.
 */
@SapledgerIntegrationTest
class CommandMetadataAndIdempotencyTest {

    private static final String BODY = """
            {"addressLine": "3 Mill Lane", "postcode": "LE11 3TU", "climateRegion": 6, "dwellingType": "BUNGALOW"}""";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEventRecordsTheTokensActorAndOrganisationWithCorrelationIdRequestTimeAndReason() throws Exception {
        Instant before = Instant.now();
        HttpResponse<String> response = post(BODY, "Authorization", bearer("org-planners", "planner-7"),
                "X-Reason", "survey 2026-11", "X-Correlation-Id", "req-42");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("req-42");
        JsonNode metadata = metadataOf(json.readTree(response.body()).get("id").asText());
        assertThat(metadata.get("actor").asText()).isEqualTo("planner-7");
        assertThat(metadata.get("organisation").asText()).isEqualTo("org-planners");
        assertThat(metadata.get("reason").asText()).isEqualTo("survey 2026-11");
        assertThat(metadata.get("correlationId").asText()).isEqualTo("req-42");
        assertThat(Instant.parse(metadata.get("requestTime").asText())).isBetween(before, Instant.now());
    }

    @Test
    void aReasonInTheBodyWinsOverTheHeaderAndTheActorIsTheTokensSubjectWhateverHeadersSay() throws Exception {
        String body = BODY.replace("}", ", \"reason\": \"client asked\"}");
        HttpResponse<String> response = post(body, "X-Reason", "header reason", "X-Actor", "someone-else");

        JsonNode metadata = metadataOf(json.readTree(response.body()).get("id").asText());
        assertThat(metadata.get("reason").asText()).isEqualTo("client asked");
        assertThat(metadata.get("actor").asText()).isEqualTo(ApiClient.SUBJECT);
        assertThat(metadata.get("correlationId").asText())
                .isEqualTo(response.headers().firstValue("X-Correlation-Id").orElseThrow());
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReturnsTheFirstAnswerAndAppendsNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(BODY, "Idempotency-Key", key);
        long events = countEvents();

        HttpResponse<String> retry = post(BODY, "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(json.readTree(retry.body())).isEqualTo(json.readTree(first.body()));
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessableAndAppendsNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        post(BODY, "Idempotency-Key", key);
        long events = countEvents();

        HttpResponse<String> other = post(BODY.replace("3 Mill Lane", "4 Mill Lane"), "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void concurrentFirstUsesOfOneKeyStoreOneEvent() throws Exception {
        String key = UUID.randomUUID().toString();
        long events = countEvents();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> post(BODY, "Idempotency-Key", key));
            }
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
                bodies.add(json.readTree(answer.get().body()).get("id").asText());
            }
            assertThat(bodies).containsOnly(bodies.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(countEvents()).isEqualTo(events + 1);
    }

    @Test
    void anOverlongReasonHeaderIsABadRequestNamingTheHeader() throws Exception {
        long events = countEvents();

        HttpResponse<String> response = post(BODY, "X-Reason", "a".repeat(256));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("errors").findValuesAsText("field")).containsExactly("X-Reason");
        assertThat(countEvents()).isEqualTo(events);
    }

    @Test
    void oneKeyUsedByTwoOrganisationsIsTwoKeys() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(BODY, "Idempotency-Key", key);
        long events = countEvents();

        HttpResponse<String> other = post(BODY, "Idempotency-Key", key,
                "Authorization", bearer("org-other", "someone"));

        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(json.readTree(other.body()).get("id")).isNotEqualTo(json.readTree(first.body()).get("id"));
        assertThat(countEvents()).isEqualTo(events + 1);
    }

    private JsonNode metadataOf(String propertyId) throws Exception {
        return json.readTree(jdbc.queryForObject(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?", String.class, propertyId));
    }

    private long countEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    private HttpResponse<String> post(String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/properties"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        boolean authorised = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            authorised |= headers[i].equals("Authorization");
        }
        if (!authorised) {
            request.header("Authorization", bearer(ApiClient.ORGANISATION, ApiClient.SUBJECT));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String bearer(String organisation, String subject) {
        return "Bearer " + ApiClient.mintToken(port, organisation, subject);
    }
}
