package org.sapledger.app.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.app.ApiClient;
import org.sapledger.app.SapledgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 8, point 3: malformed and out-of-range requests, generated for every operation of the service's own OpenAPI
 * document, are each refused with a 4xx RFC 9457 problem, and none of them stores anything.
 *
 * <p>Each request starts as one the service would accept (real ids of fixtures built through the API, a body
 * template the set-up has just seen accepted) and is broken by one to three mutations: malformed or truncated JSON,
 * wrong types, nulls, missing members, unknown enum values, out-of-range numbers, deep nesting, invalid UTF-8,
 * wrong or missing Content-Type, unacceptable Accept, broken, foreign-rooted, schema-violating and DTD-carrying SAP
 * XML, unknown and garbage path ids, bad query parameters, garbage and stale {@code If-Match}, unusable
 * {@code Idempotency-Key}, unknown routes and methods, and malformed HTTP that Tomcat refuses before the application
 * sees it. A request the service accepts is a defect of either the mutation or the service, never noise.
 *
 * <p>Figures: {@code -Dsapledger.fuzz.requests} (default 10,000, the issue's figure) and
 * {@code -Dsapledger.fuzz.seed} (default fixed, so every run sends the same requests; {@code random} for a new seed,
 * which the summary prints so a failure can be replayed).
 */
@SapledgerIntegrationTest
class MalformedRequestFuzzTest {

    private static final int REQUESTS = Integer.getInteger("sapledger.fuzz.requests", 10_000);
    private static final long DEFAULT_SEED = 20261126L;

    /** SAP 10.2 reference dwelling M1, shared with calc's conformance tests (the working directory is app/). */
    private static final Path SAP_XML = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");

    /** The run's summary and, when it fails, every failure: also in the build output. */
    private static final Path REPORT = Path.of("target/malformed-request-fuzz.txt");

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private FuzzTransport transport;
    private CanaryServer canary;
    private String token;

    @BeforeEach
    void startCanary() throws IOException {
        token = ApiClient.mintToken(port, ApiClient.ORGANISATION, ApiClient.SUBJECT);
        transport = new FuzzTransport(port, this::authorised);
        canary = new CanaryServer();
    }

    @AfterEach
    void stopCanary() throws IOException {
        canary.close();
    }

    /**
     * Adds the credentials every {@code /api} request needs: a valid development-mode bearer token (with the admin
     * scope), so that what is refused is the request itself, not its caller. {@code TenancyAndSecurityTest} covers
     * missing and bad tokens.
     */
    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + token);
    }

    @Test
    void everyMalformedOrOutOfRangeRequestIsRefusedWithAProblemAndStoresNothing() throws IOException {
        List<ApiOperation> operations = ApiOperation.fromOpenApi(JSON.readTree(call("GET", "/v3/api-docs", null)));
        assertThat(operations).as("operations in /v3/api-docs").isNotEmpty();
        long seed = seed();
        Fixtures fixtures = buildFixtures(operations);
        Templates templates = new Templates(fixtures, Files.readString(SAP_XML));
        Map<String, Set<String>> methodsByPath = new HashMap<>();
        operations.forEach(op -> methodsByPath.computeIfAbsent(op.path(), path -> new LinkedHashSet<>())
                .add(op.method()));
        RequestGenerator generator = new RequestGenerator(templates,
                new Mutation.Context(new Random(seed), fixtures, methodsByPath, canary.url()));

        StoreState start = storeState();
        StoreState before = start;
        Tally tally = new Tally(seed);
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            FuzzRequest request = generator.next(operations.get(i % operations.size()));
            FuzzTransport.Answer answer = transport.send(request);
            if (answer.status() == 0 && refusedBeforeRead(request)) {
                // Tomcat answers 400 and closes with the rest of the request unread; the client can then see the
                // connection reset before the answer. That is TCP, not the service: one retry tells them apart
                tally.retries++;
                answer = transport.send(request);
            }
            // a GET stores nothing in this service; the store is checked after every other request, so that a
            // request that stores something is named, and once more at the end, for all of them
            StoreState after = request.method().equals("GET") ? before : storeState();
            tally.record(i, request, answer, refusalProblems(request, answer, before, after));
            before = after;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        StoreState end = storeState();
        String summary = tally.summary(took, end.events() - start.events(),
                end.idempotencyRecords() - start.idempotencyRecords());
        System.out.println(summary);
        Files.writeString(REPORT, summary + (tally.failures.isEmpty() ? "" : "\n" + tally.failureReport()));
        assertThat(tally.failures.size()).as(tally.failureReport()).isZero();
        assertThat(tally.requestsBy.keySet()).as("operations that got requests")
                .containsAll(operations.stream().map(ApiOperation::key).toList());
        assertThat(end.events() - start.events()).as("events appended by the run").isZero();
        assertThat(end.idempotencyRecords() - start.idempotencyRecords())
                .as("idempotency records added by the run").isZero();
        assertThat(canary.connections()).as("connections to the canary URL (DTDs and external entities resolved)")
                .isZero();
    }

    // ----- what every answer must be ----------------------------------------------------------------------------

    /**
     * Refusals that are about something in the request, so their {@code errors} must name it: bad input (400), an
     * unacceptable Accept (406), an unsupported Content-Type (415). A 404, 405 or 409 is about the resource.
     */
    private static final Set<Integer> NAMING_STATUSES = Set.of(400, 406, 415);

    /** A request Tomcat refuses while reading its head: a header block over the limit, or malformed HTTP. */
    private static boolean refusedBeforeRead(FuzzRequest request) {
        return request.raw() || request.kinds().contains(Mutation.OVERSIZED_HEADERS.name());
    }

    /** Everything wrong with the answer to a request that had to be refused; empty when it was refused properly. */
    private static List<String> refusalProblems(FuzzRequest request, FuzzTransport.Answer answer, StoreState before,
                                                StoreState after) {
        List<String> problems = new ArrayList<>();
        if (answer.status() < 400 || answer.status() > 499) {
            problems.add(answer.status() >= 500 ? "5xx" : answer.status() == 0 ? "no answer" : "not refused");
        }
        if (!after.equals(before)) {
            problems.add("stored something (" + before + " -> " + after + ")");
        }
        String contentType = answer.header("Content-Type");
        if (contentType == null || !MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(
                MediaType.parseMediaType(contentType))) {
            problems.add("Content-Type " + contentType);
        }
        JsonNode problem = readJson(answer.body());
        if (problem == null || !problem.isObject()) {
            problems.add("body is not a JSON object");
        } else {
            if (problem.path("status").asInt() != answer.status()) {
                problems.add("status member " + problem.path("status") + " is not the HTTP status");
            }
            if (problem.path("title").asText().isBlank()) {
                problems.add("no title");
            }
            if (NAMING_STATUSES.contains(answer.status()) && !request.namedFields().isEmpty()
                    && !namesAnyOf(problem, request.namedFields())) {
                problems.add("errors do not name " + request.namedFields());
            }
        }
        if (answer.body().contains("root:x:0:0")) {
            problems.add("answer holds /etc/passwd");
        }
        return problems;
    }

    private static boolean namesAnyOf(JsonNode problem, List<String> fields) {
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText().toLowerCase(Locale.ROOT);
            if (fields.stream().anyMatch(field -> named.contains(field.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    // ----- the store ---------------------------------------------------------------------------------------------

    /** Rows a refused request must not add: events and idempotency records. */
    private record StoreState(long lastEventIndex, long events, long idempotencyRecords) {

        @Override
        public String toString() {
            return "last event " + lastEventIndex + ", " + events + " events, " + idempotencyRecords
                    + " idempotency records";
        }
    }

    private StoreState storeState() {
        return jdbc.queryForObject("""
                SELECT (SELECT coalesce(max(global_index), 0) FROM domain_event_entry),
                       (SELECT count(*) FROM domain_event_entry), (SELECT count(*) FROM idempotency_record)""",
                (row, n) -> new StoreState(row.getLong(1), row.getLong(2), row.getLong(3)));
    }

    // ----- fixtures, built through the API -----------------------------------------------------------------------

    /**
     * A property with every part of a baseline, a plan with two scenarios (the fuzzer's, holding one measure, and
     * one the template check fills), and an imported property; then every body template is sent once, unbroken,
     * and must be accepted.
     */
    private Fixtures buildFixtures(List<ApiOperation> operations) throws IOException {
        String property = created(call("POST", "/api/properties", """
                {"addressLine": "1 Fuzz Fixture Street", "postcode": "LE11 3TU", "climateRegion": 0,
                 "dwellingType": "HOUSE"}"""));
        String at = "/api/properties/" + property;
        call("PUT", at + "/storeys", Fixtures.STOREYS);
        for (String element : Fixtures.ELEMENTS) {
            call("POST", at + "/elements", element);
        }
        call("PUT", at + "/thermal-bridging", "{\"type\": \"Y_VALUE\", \"y\": 0.15}");
        call("PUT", at + "/thermal-mass", "{\"thermalMassParameter\": 250}");
        call("PUT", at + "/cooling", "{\"cooledArea\": 40.0, \"seer\": 5.1}");
        call("PUT", at + "/climate-region", "{\"climateRegion\": 6}");
        String planName = "Fuzz plan";
        String plan = created(call("POST", at + "/plans", "{\"name\": \"" + planName + "\"}"));
        String scenarioName = "Fuzz scenario";
        String scenario = created(call("POST", "/api/plans/" + plan + "/scenarios",
                "{\"name\": \"" + scenarioName + "\"}"));
        String templateScenario = created(call("POST", "/api/plans/" + plan + "/scenarios",
                "{\"name\": \"Template check\"}"));
        String measure = created(call("POST", "/api/scenarios/" + scenario + "/measures",
                "{\"type\": \"CHANGE_U_VALUE\", \"elementId\": \"" + Fixtures.WALL + "\", \"uValue\": 0.3}"));

        Fixtures partial = new Fixtures(property, -1, null, plan, planName, scenario, scenarioName, measure);
        String imported = acceptEveryTemplate(operations, partial, templateScenario);
        long version = jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class,
                property);
        return new Fixtures(property, version, imported, plan, planName, scenario, scenarioName, measure);
    }

    /** Sends every template once, unbroken, and requires it accepted; answers the imported property's id. */
    private String acceptEveryTemplate(List<ApiOperation> operations, Fixtures fixtures, String scenario)
            throws IOException {
        Templates templates = new Templates(fixtures, Files.readString(SAP_XML));
        RequestGenerator generator = new RequestGenerator(templates,
                new Mutation.Context(new Random(0), fixtures, Map.of(), canary.url()));
        String imported = null;
        int n = 0;
        for (ApiOperation operation : operations) {
            for (BodyTemplate template : templates.of(operation)) {
                FuzzRequest request = generator.valid(operation, template, "template-" + n++, scenario)
                        .toRequest(List.of());
                FuzzTransport.Answer answer = transport.send(request);
                assertThat(answer.status()).as("the unbroken template %s of %s must be accepted: %s",
                        template.name(), operation.key(), answer.body()).isBetween(200, 299);
                if (operation.takesXml()) {
                    imported = readJson(answer.body()).path("id").asText();
                }
            }
        }
        assertThat(imported).as("an imported property").isNotNull();
        return imported;
    }

    private String call(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(authorised(request).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String created(String answer) {
        return readJson(answer).path("id").asText();
    }

    private static long seed() {
        String given = System.getProperty("sapledger.fuzz.seed");
        if (given == null || given.isBlank()) {
            return DEFAULT_SEED;
        }
        return given.equals("random") ? new Random().nextLong() : Long.parseLong(given);
    }

    // ----- the run's figures -------------------------------------------------------------------------------------

    /**
     * Counts answers per operation, status and mutation, and keeps the failures: counted by mutations and problem,
     * with the first few requests of each kind in full.
     */
    private static final class Tally {

        private static final int EXAMPLES_PER_KIND = 2;

        final long seed;
        final Map<String, Integer> requestsBy = new TreeMap<>();
        final Map<String, Map<Integer, Integer>> statusesBy = new TreeMap<>();
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> mutations = new TreeMap<>();
        final Map<String, Integer> failureKinds = new TreeMap<>();
        final Map<String, List<String>> examples = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        int retries;

        Tally(long seed) {
            this.seed = seed;
        }

        void record(int index, FuzzRequest request, FuzzTransport.Answer answer, List<String> problems) {
            requestsBy.merge(request.operation(), 1, Integer::sum);
            statusesBy.computeIfAbsent(request.operation(), op -> new TreeMap<>())
                    .merge(answer.status(), 1, Integer::sum);
            statuses.merge(answer.status(), 1, Integer::sum);
            request.kinds().forEach(kind -> mutations.merge(kind, 1, Integer::sum));
            if (problems.isEmpty()) {
                return;
            }
            String kind = request.kinds() + " " + problems.stream().map(p -> p.replaceAll(" [(\\[].*", ""))
                    .toList();
            failureKinds.merge(kind, 1, Integer::sum);
            List<String> shown = examples.computeIfAbsent(kind, k -> new ArrayList<>());
            String failure = "#" + index + " " + problems + " -> " + answer.status() + " "
                    + answer.header("Content-Type") + " " + FuzzRequest.shorten(answer.body()) + "\n"
                    + request.describe();
            if (shown.size() < EXAMPLES_PER_KIND) {
                shown.add(failure);
            }
            failures.add(failure);
        }

        String summary(Duration took, long eventsAppended, long idempotencyRecordsAdded) {
            int total = requestsBy.values().stream().mapToInt(Integer::intValue).sum();
            long serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                    .mapToLong(Map.Entry::getValue).sum();
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "Fuzz: %d requests over %d operations in %.1f s (%.0f/s), seed %d; statuses %s; 5xx: %d;"
                            + " events appended: %d; idempotency records added: %d; resent after a reset: %d%n",
                    total, requestsBy.size(), took.toMillis() / 1000.0,
                    total / Math.max(0.001, took.toMillis() / 1000.0), seed, statuses, serverErrors, eventsAppended,
                    idempotencyRecordsAdded, retries));
            requestsBy.forEach((operation, count) -> text.append(String.format(Locale.ROOT, "  %5d  %-62s %s%n",
                    count, operation, statusesBy.get(operation))));
            text.append("  mutations: ").append(mutations).append('\n');
            return text.toString();
        }

        String failureReport() {
            StringBuilder report = new StringBuilder(failures.size() + " requests not refused properly (seed "
                    + seed + "):\n");
            failureKinds.forEach((kind, count) -> report.append(String.format(Locale.ROOT, "  %5d  %s%n", count,
                    kind)));
            examples.forEach((kind, shown) -> {
                report.append("\n== ").append(kind).append('\n');
                shown.forEach(example -> report.append(example).append('\n'));
            });
            return report.toString();
        }
    }

    // ----- a URL nothing may fetch -------------------------------------------------------------------------------

    /** A loopback port that counts connections: DTDs and external entities point here, and nothing may come. */
    private static final class CanaryServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();

        CanaryServer() throws IOException {
            Thread listener = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket connection = socket.accept()) {
                        connections.incrementAndGet();
                        connection.getOutputStream().write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException closed) {
                        // the socket was closed at the end of the test
                    }
                }
            }, "fuzz-canary");
            listener.setDaemon(true);
            listener.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
