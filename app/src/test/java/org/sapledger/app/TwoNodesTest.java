package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sapledger.app.cluster.ClusterNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Two service instances on one PostgreSQL, as in production: tokens from an external issuer (a key the test holds;
 * no development mode), each pooled event processor's segments shared between the instances, and commands on one
 * property arriving at both at once. A probe projection on both instances records every event it handles, keyed
 * by event id, so an event handled twice anywhere would show.
 */
class TwoNodesTest {

    private static final String ORGANISATION = "org-cluster";
    private static final List<String> POOLED = List.of("property-summary", "worksheets", ProbeProjection.GROUP);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static Node a;
    private static Node b;
    private static String token;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        database = new JdbcTemplate(postgres.getPostgresDatabase());
        database.execute("CREATE SCHEMA probe"); // outside Flyway's schema, which must start empty
        database.execute("""
                CREATE TABLE probe.handled_once_probe (event_id VARCHAR(255) PRIMARY KEY, node_id VARCHAR(255) NOT NULL,
                                                 times INT NOT NULL)""");
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = Files.createTempFile("issuer", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        token = mint(keys);

        nodeA = start(publicKey);
        nodeB = start(publicKey);
        a = new Node(nodeA);
        b = new Node(nodeB);
    }

    @AfterAll
    static void stop() throws IOException {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        postgres.close();
    }

    @Test
    void theInstancesShareEveryProcessorsSegmentsAndHandleEachEventExactlyOnce() throws Exception {
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            for (String processor : POOLED) {
                assertThat(database.queryForList(
                        "SELECT DISTINCT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL",
                        String.class, processor)).as(processor).containsExactlyInAnyOrder(a.id(), b.id());
            }
        });

        List<String> properties = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Node via = i % 2 == 0 ? a : b;
            properties.add(JSON.readTree(via.send("POST", "/api/properties", """
                    {"addressLine": "%d Cluster Road", "postcode": "LE11 3TU", "climateRegion": 0,
                     "dwellingType": "HOUSE"}""".formatted(i), 201)).get("id").asText());
        }
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < properties.size(); i++) {
                Node via = (i + round) % 2 == 0 ? a : b;
                via.send("PUT", "/api/properties/" + properties.get(i) + "/thermal-mass",
                        "{\"thermalMassParameter\": " + (100 + round) + "}", 200);
            }
        }

        long events = database.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                database.queryForObject("SELECT count(*) FROM probe.handled_once_probe", Long.class) >= events);
        assertThat(database.queryForObject("SELECT count(*) FROM probe.handled_once_probe", Long.class)).isEqualTo(events);
        assertThat(database.queryForObject("SELECT max(times) FROM probe.handled_once_probe", Integer.class)).isEqualTo(1);
        assertThat(database.queryForList("SELECT DISTINCT node_id FROM probe.handled_once_probe", String.class))
                .containsExactlyInAnyOrder(a.id(), b.id());
        System.out.printf("two instances: %d events, each handled exactly once by the probe (%s)%n", events,
                database.queryForList("SELECT node_id || ': ' || count(*) FROM probe.handled_once_probe "
                        + "GROUP BY node_id", String.class));
        for (String property : properties) {
            await().atMost(Duration.ofSeconds(30)).until(() -> database.queryForList(
                    "SELECT version FROM worksheet_version WHERE property_id = ?", Long.class, property),
                    versions -> versions.equals(List.of(4L)));
        }
    }

    @Test
    void commandsOnOnePropertyFromBothInstancesStayConsistent() throws Exception {
        String property = JSON.readTree(a.send("POST", "/api/properties", """
                {"addressLine": "1 Contended Close", "postcode": "LE11 3TU", "climateRegion": 0,
                 "dwellingType": "HOUSE"}""", 201)).get("id").asText();
        b.send("PUT", "/api/properties/" + property + "/thermal-mass", "{\"thermalMassParameter\": 1}", 200);
        a.send("PUT", "/api/properties/" + property + "/thermal-mass", "{\"thermalMassParameter\": 2}", 200);

        List<Callable<Integer>> withoutIfMatch = new ArrayList<>();
        for (int client = 0; client < 20; client++) {
            Node via = client % 2 == 0 ? a : b;
            int value = 10 + client;
            withoutIfMatch.add(() -> via.status("PUT", "/api/properties/" + property + "/thermal-mass",
                    "{\"thermalMassParameter\": " + value + "}", null));
        }
        List<Integer> statuses = Concurrently.allAtOnce(withoutIfMatch);
        long accepted = statuses.stream().filter(s -> s == 200).count();
        assertThat(statuses).allMatch(s -> s == 200 || s == 409);
        assertThat(eventsOf(property)).isEqualTo(3 + accepted);
        assertThat(accepted).isGreaterThanOrEqualTo(18); // a conflict is retried; 409 only after three stale views

        long version = eventsOf(property) - 1;
        List<Callable<Integer>> withIfMatch = new ArrayList<>();
        for (int client = 0; client < 20; client++) {
            Node via = client % 2 == 0 ? a : b;
            int value = 500 + client;
            withIfMatch.add(() -> via.status("PUT", "/api/properties/" + property + "/thermal-mass",
                    "{\"thermalMassParameter\": " + value + "}", "\"" + version + "\""));
        }
        List<Integer> conditional = Concurrently.allAtOnce(withIfMatch);
        assertThat(conditional.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(conditional.stream().filter(s -> s == 409).count()).isEqualTo(19);
        assertThat(eventsOf(property)).isEqualTo(version + 2);
        System.out.printf("one property, 20 clients over two instances: without If-Match %d × 200, %d × 409; "
                + "with If-Match 1 × 200, 19 × 409; no event lost or duplicated%n", accepted, 20 - accepted);

        List<Long> sequence = database.queryForList("""
                SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number""", Long.class, property);
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).isEqualTo(i);
        }
    }

    private static long eventsOf(String property) {
        return database.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, property);
    }

    private static ConfigurableApplicationContext start(Path publicKey) {
        String probe = "--axon.eventhandling.processors." + ProbeProjection.GROUP;
        return new SpringApplicationBuilder(SapledgerApplication.class, ProbeConfiguration.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey,
                "--sapledger.cluster.heartbeat-interval=300ms", "--sapledger.cluster.node-timeout=3s",
                probe + ".mode=pooled", probe + ".source=promptEventSource", probe + ".thread-count=2",
                probe + ".initial-segment-count=2", probe + ".batch-size=100",
                "--logging.level.root=WARN", "--logging.level.org.sapledger.app.cluster=INFO");
    }

    /** A token from "the identity provider": signed with the key whose public half the instances trust. */
    private static String mint(KeyPair keys) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate()).keyID("issuer").build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("https://issuer.example.org").subject("cluster-user")
                .issuedAt(now).expiresAt(now.plus(Duration.ofHours(1))).claim("org", ORGANISATION).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("issuer")
                .build(), claims)).getTokenValue();
    }

    /** One running instance, reached over HTTP. */
    private record Node(String id, int port) {

        Node(ConfigurableApplicationContext context) {
            this(context.getBean(ClusterNode.class).id(),
                    Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
        }

        String send(String method, String path, String body, int expectedStatus) throws Exception {
            HttpResponse<String> response = exchange(method, path, body, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
            return response.body();
        }

        int status(String method, String path, String body, String ifMatch) throws Exception {
            return exchange(method, path, body, ifMatch).statusCode();
        }

        private HttpResponse<String> exchange(String method, String path, String body, String ifMatch)
                throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Adds the probe projection to an instance. */
    @Configuration(proxyBeanMethods = false)
    static class ProbeConfiguration {
        @Bean
        ProbeProjection probeProjection(JdbcTemplate jdbc, ClusterNode node) {
            return new ProbeProjection(jdbc, node);
        }
    }

    /** Records each event it handles, once per event id; a second handling anywhere would count 2. */
    @ProcessingGroup(ProbeProjection.GROUP)
    static class ProbeProjection {

        static final String GROUP = "handled-once-probe";

        private final JdbcTemplate jdbc;
        private final ClusterNode node;

        ProbeProjection(JdbcTemplate jdbc, ClusterNode node) {
            this.jdbc = jdbc;
            this.node = node;
        }

        @EventHandler
        void on(Object event, EventMessage<?> message) {
            jdbc.update("""
                    INSERT INTO probe.handled_once_probe (event_id, node_id, times) VALUES (?, ?, 1)
                    ON CONFLICT (event_id) DO UPDATE SET times = probe.handled_once_probe.times + 1""",
                    message.getIdentifier(), node.id());
        }
    }
}
