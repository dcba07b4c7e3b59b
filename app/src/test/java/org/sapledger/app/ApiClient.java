package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small HTTP client for the API tests: JSON in, JSON out, headers as name/value pairs. It acts for one user of one
 * organisation, with a bearer token minted by the development mode's {@code POST /dev/token} (the test service runs
 * on its embedded database, so development mode is on); an explicit Authorization header replaces it.
 */
public final class ApiClient {

    /** The organisation the API tests act for unless they say otherwise. */
    public static final String ORGANISATION = "org-test";
    /** The user the API tests act as unless they say otherwise. */
    public static final String SUBJECT = "tester";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final JdbcTemplate jdbc;
    private final String token;

    ApiClient(int port, JdbcTemplate jdbc) {
        this(port, jdbc, ORGANISATION, SUBJECT);
    }

    ApiClient(int port, JdbcTemplate jdbc, String organisation, String subject) {
        this.port = port;
        this.jdbc = jdbc;
        this.token = mintToken(port, organisation, subject);
    }

    /** The same service, acting for another user or organisation. */
    ApiClient as(String organisation, String subject) {
        return new ApiClient(port, jdbc, organisation, subject);
    }

    /** A development-mode token for a user of an organisation (with the admin scope). */
    public static String mintToken(int port, String organisation, String subject) {
        try {
            HttpResponse<String> minted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/token"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                    java.util.Map.of("organisation", organisation, "subject", subject))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(minted.statusCode()).as(minted.body()).isEqualTo(200);
            return JSON.readTree(minted.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of this client's Authorization header. */
    String authorization() {
        return "Bearer " + token;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, "application/json", headers);
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        return send("POST", path, body, "application/json", headers);
    }

    HttpResponse<String> postXml(String path, String body, String... headers) {
        return send("POST", path, body, "application/xml", headers);
    }

    HttpResponse<String> put(String path, String body, String... headers) {
        return send("PUT", path, body, "application/json", headers);
    }

    HttpResponse<String> delete(String path, String... headers) {
        return send("DELETE", path, null, "application/json", headers);
    }

    /** Registers a property and answers its id. */
    String registerProperty() {
        HttpResponse<String> created = post("/api/properties", """
                {"addressLine": "1 High Street, Loughborough", "postcode": "LE11 3TU",
                 "climateRegion": 0, "dwellingType": "HOUSE"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    long eventCount(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts an RFC 9457 problem with this status; answers the fields its {@code errors} name. */
    static List<String> problemFields(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        JsonNode errors = problem.get("errors");
        return errors == null ? List.of() : errors.findValuesAsText("field");
    }

    HttpResponse<String> send(String method, String path, String body, String contentType,
                                      String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        boolean explicitAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            if ("Authorization".equalsIgnoreCase(headers[i])) {
                explicitAuthorization = true;
                if (headers[i + 1] == null) {
                    continue; // "Authorization", null: send no token at all
                }
            }
            request.header(headers[i], headers[i + 1]);
        }
        if (!explicitAuthorization) {
            request.header("Authorization", authorization());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
