package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.ApiClient.json;
import static org.sapledger.app.ApiClient.problemFields;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.app.web.JsonBodies;
import org.sapledger.domain.dwelling.validation.DwellingValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The defects the request fuzzer ({@code MalformedRequestFuzzTest}) found, one request each: every one is refused
 * with a 4xx problem that names what is wrong, and stores nothing.
 */
@SapledgerIntegrationTest
class RequestRefusalTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** How long a read with {@code minVersion} would wait for the projection: an answer "at once" comes sooner. */
    @Value("${sapledger.read-your-writes.timeout}")
    Duration readYourWritesTimeout;

    private ApiClient api;
    private String property;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port, jdbc);
        property = api.registerProperty();
        assertThat(api.put(path("/storeys"), BaselineApiTest.STOREYS).statusCode()).isEqualTo(200);
        assertThat(api.put(path("/cooling"), "{\"cooledArea\": 40.0, \"seer\": 5.1}").statusCode()).isEqualTo(200);
    }

    // ----- answers Tomcat gives on its own ----------------------------------------------------------------------

    @Test
    void aRequestTargetTomcatCannotParseIsAProblem() throws IOException {
        String answer = raw("GET /api/properties/{id} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                .contains("\"status\":400");
    }

    @Test
    void aHeaderBlockOverTheLimitIsAProblem() {
        problemFields(api.get("/api/properties", "X-Padding", "p".repeat(10_000)), 400);
    }

    @Test
    void theErrorPageAskedForDirectlyIsANotFoundProblem() {
        problemFields(api.get("/error"), 404);
        problemFields(api.post("/error", "{}"), 404);
    }

    @Test
    void traceIsAMethodNotAllowedProblem() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/properties")).header("Authorization", api.authorization())
                .method("TRACE",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        problemFields(answer, 405);
    }

    // ----- commands that must not be applied --------------------------------------------------------------------

    @Test
    void aCommandWhoseAnswerTheCallerCannotAcceptIsNotApplied() {
        long events = api.eventCount(property);

        assertThat(problemFields(api.delete(path("/cooling"), "Accept", "image/png"), 406)).containsExactly("Accept");
        assertThat(api.eventCount(property)).isEqualTo(events);
    }

    @Test
    void aBlankIdempotencyKeyIsRefusedNotIgnored() {
        long events = api.eventCount();

        assertThat(problemFields(api.delete(path("/cooling"), "Idempotency-Key", ""), 400))
                .containsExactly("Idempotency-Key");
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void aReasonOverTheLimitIsRefusedWhereverItIsGiven() throws IOException {
        String reason = "r".repeat(JsonBodies.MAX_REASON_LENGTH + 1);
        long events = api.eventCount();

        assertThat(problemFields(api.put(path("/thermal-mass"),
                "{\"thermalMassParameter\": 100, \"reason\": \"" + reason + "\"}"), 400)).containsExactly("reason");
        assertThat(problemFields(api.postXml("/api/properties/import?addressLine=x&dwellingType=HOUSE&reason="
                + reason, Files.readString(ImportApiTest.M1)), 400)).containsExactly("reason");
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void anElementIdOverTheLimitIsRefused() {
        String id = "w".repeat(DwellingValidator.MAX_ID_LENGTH + 1);

        assertThat(problemFields(api.post(path("/elements"),
                "{\"type\": \"WALL\", \"id\": \"" + id + "\", \"grossArea\": 20, \"uValue\": 0.5}"), 400))
                .singleElement().asString().endsWith(".id");
    }

    @Test
    void anAddElementMeasureWithoutItsElementIsABadRequest() {
        String plan = json(api.post(path("/plans"), "{\"name\": \"P\"}")).get("id").asText();
        String scenario = json(api.post("/api/plans/" + plan + "/scenarios", "{\"name\": \"S\"}")).get("id").asText();

        assertThat(problemFields(api.post("/api/scenarios/" + scenario + "/measures",
                "{\"type\": \"ADD_ELEMENT\", \"element\": null}"), 400)).containsExactly("element");
    }

    // ----- bodies -------------------------------------------------------------------------------------------------

    @Test
    void anythingAfterTheJsonValueMakesTheBodyMalformed() {
        problemFields(api.put(path("/climate-region"), "{\"climateRegion\": 6} trailing"), 400);
        problemFields(api.put(path("/climate-region"), "{\"climateRegion\": 6}{\"climateRegion\": 7}"), 400);
    }

    @Test
    void anEnumIsNamedNeverNumbered() {
        assertThat(problemFields(api.post("/api/properties", """
                {"addressLine": "1 High Street", "postcode": "LE11 3TU", "climateRegion": 0, "dwellingType": 0}"""),
                400)).containsExactly("dwellingType");
    }

    @Test
    void aNumberTooLargeForItsTypeNamesItsMember() {
        assertThat(problemFields(api.put(path("/climate-region"), "{\"climateRegion\": 2147483648}"), 400))
                .containsExactly("climateRegion");
        assertThat(problemFields(api.put(path("/ventilation"), """
                {"openChimneys": 99999999999999999999, "openFlues": 0, "closedFires": 0, "solidFuelBoilerFlues": 0,
                 "otherHeaterFlues": 0, "blockedChimneys": 0, "intermittentExtractFans": 0, "passiveVents": 0,
                 "fluelessGasFires": 0, "shelteredSides": 2,
                 "airTightness": {"type": "PRESSURE_TEST", "pressure": "AP50", "airPermeability": 5.0},
                 "system": {"type": "NATURAL", "systemAirChangeRate": 0.5}}"""), 400))
                .containsExactly("openChimneys");
    }

    @Test
    void junctionsWithoutTheirListNameTheList() {
        assertThat(problemFields(api.put(path("/thermal-bridging"), "{\"type\": \"JUNCTIONS\"}"), 400))
                .containsExactly("thermalBridging.junctions");
    }

    @Test
    void coolingWithNeitherSeerNorEnergyClassNamesBoth() {
        assertThat(problemFields(api.put(path("/cooling"), "{\"cooledArea\": 40.0}"), 400))
                .containsExactly("energyClass", "seer");
    }

    @Test
    void aJsonBodyThatIsNotUtf8IsRefused() throws Exception {
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] body = ("{\"name\": \"Plan " + new String(overlongSlash, StandardCharsets.ISO_8859_1) + "\"}")
                .getBytes(StandardCharsets.ISO_8859_1);
        long events = api.eventCount();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path("/plans")))
                .header("Content-Type", "application/json")
                .header("Authorization", api.authorization())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(problemFields(answer, 400)).containsExactly("body");
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void unsupportedContentTypeAndMissingParametersAreNamed() {
        assertThat(problemFields(api.send("PUT", path("/climate-region"), "{\"climateRegion\": 6}", "text/plain"),
                415)).containsExactly("Content-Type");
        assertThat(problemFields(api.get(path("/history/lines")), 400)).containsExactly("line");
    }

    // ----- reads ------------------------------------------------------------------------------------------------

    @Test
    void minVersionOfAnUnknownSubjectIsNotFoundAtOnce() {
        long started = System.nanoTime();

        problemFields(api.get("/api/properties/no-such-property/worksheet?minVersion=0"), 404);
        problemFields(api.get("/api/plans/no-such-plan/comparison?minVersion=0"), 404);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(readYourWritesTimeout);
    }

    @Test
    void minVersionBeyondTheLatestVersionIsABadRequestAtOnce() {
        long started = System.nanoTime();

        assertThat(problemFields(api.get(path("/worksheet?minVersion=" + Long.MAX_VALUE)), 400))
                .containsExactly("minVersion");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(readYourWritesTimeout);
    }

    @Test
    void asOfOutsideFourDigitYearsIsABadRequest() {
        assertThat(problemFields(api.get(path("/worksheet?asOf=-1000000000-01-01T00:00:00Z")), 400))
                .containsExactly("asOf");
        assertThat(problemFields(api.get(path("/worksheet?asOf=%2B10000-01-01T00:00:00Z")), 400))
                .containsExactly("asOf");
    }

    private String path(String rest) {
        return "/api/properties/" + property + rest;
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        }
    }
}
