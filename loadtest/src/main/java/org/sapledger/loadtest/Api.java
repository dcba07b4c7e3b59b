package org.sapledger.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's HTTP API as the harness uses it: every request of every scenario goes through {@link #send}, which
 * adds the {@link BearerToken} when the service asks for one. Make one per app start.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /**
     * The command mix: an 8-step cycle over fabric and cooling (wall U-value, cooling on/off, thermal mass, thermal
     * bridging); every step changes the state the previous cycle left, so every accepted command appends an event.
     */
    static final String[][] CYCLE = {
            {"PUT", "/elements/sap_wall_1_1", "{\"type\":\"WALL\",\"grossArea\":120,\"uValue\":0.3}"},
            {"PUT", "/cooling", "{\"cooledArea\":40.0,\"seer\":5.1}"},
            {"PUT", "/thermal-mass", "{\"thermalMassParameter\":150}"},
            {"PUT", "/thermal-bridging", "{\"type\":\"Y_VALUE\",\"y\":0.1}"},
            {"PUT", "/elements/sap_wall_1_1", "{\"type\":\"WALL\",\"grossArea\":120,\"uValue\":0.5}"},
            {"DELETE", "/cooling", null},
            {"PUT", "/thermal-mass", "{\"thermalMassParameter\":250}"},
            {"PUT", "/thermal-bridging", "{\"type\":\"Y_VALUE\",\"y\":0.15}"},
    };

    final String base;
    final HttpClient http;
    final BearerToken token;
    /** Every request of the scenarios (the JDK client above only asks for the token). */
    final LeanHttp lean;

    /** The API of the app just started on {@code cfg.httpPort}; asks it for a token once. */
    Api(Config cfg) throws IOException, InterruptedException {
        this.base = "http://127.0.0.1:" + cfg.httpPort;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.token = BearerToken.obtain(http, base, cfg.authOrganisation, cfg.authSubject);
        this.lean = new LeanHttp("127.0.0.1", cfg.httpPort);
    }

    record Answer(int status, String body) {
        long version() {
            Matcher m = VERSION.matcher(body);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A property and the position of its next command in the cycle. */
    static final class Property {
        final String id;
        final AtomicInteger step = new AtomicInteger();

        Property(String id) {
            this.id = id;
        }
    }

    Answer send(String method, String path, String body, String contentType, Duration timeout)
            throws IOException, InterruptedException {
        return send(method, path, body, contentType, timeout, Map.of());
    }

    Answer send(String method, String path, String body, String contentType, Duration timeout,
                Map<String, String> headers) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(headers);
        token.header().ifPresent(value -> all.put("Authorization", value));
        return lean.send(method, path, body, contentType, timeout, all);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null, Duration.ofSeconds(30));
    }

    /** The next command of the property's cycle. */
    Answer next(Property p, Duration timeout) throws IOException, InterruptedException {
        return sendStep(p, p.step.getAndIncrement(), timeout);
    }

    /**
     * The property's last command of the cycle again. It asks for the state the property already has, so the
     * service goes the whole way of a command (HTTP, the token, Spring MVC, JSON, the command bus, the aggregate and
     * its checks), answers 200 and appends nothing. Does not move the property's place in the cycle.
     */
    Answer repeatLast(Property p, Duration timeout) throws IOException, InterruptedException {
        return sendStep(p, p.step.get() - 1, timeout);
    }

    /** Step {@code step} of the cycle (taken modulo its length) to the property. */
    private Answer sendStep(Property p, int step, Duration timeout) throws IOException, InterruptedException {
        String[] c = CYCLE[Math.floorMod(step, CYCLE.length)];
        return send(c[0], "/api/properties/" + p.id + c[1], c[2], "application/json", timeout);
    }

    /**
     * Imports a SAP XML file as a property in the given climate region. Real dwellings are in one of the regions
     * 1–21 (from their postcode); region 0, the UK average, is what the RATING basis uses, so a property there would
     * make its LOCAL worksheet the RATING one, which the read model stores in a fraction of the space.
     */
    Property importProperty(String xml, String address, int climateRegion) throws IOException, InterruptedException {
        Answer a = send("POST", "/api/properties/import?addressLine=" + address + "&dwellingType=HOUSE&climateRegion="
                + climateRegion, xml,
                "application/xml", Duration.ofSeconds(60));
        if (a.status() != 201) {
            throw new IllegalStateException("import failed: " + a.status() + " " + a.body());
        }
        return new Property(JSON.readTree(a.body()).get("id").asText());
    }

    /** {COUNT, TOTAL_TIME (s), MAX} of a timer, or the VALUE of a gauge, optionally filtered by one tag. */
    double[] metric(String name, String tag) throws IOException, InterruptedException {
        Answer a = get("/actuator/metrics/" + name + (tag == null ? "" : "?tag=" + tag));
        double[] out = {Double.NaN, Double.NaN, Double.NaN};
        if (a.status() != 200) {
            return out;
        }
        for (JsonNode m : JSON.readTree(a.body()).get("measurements")) {
            switch (m.get("statistic").asText()) {
                case "COUNT", "VALUE" -> out[0] = m.get("value").asDouble();
                case "TOTAL_TIME", "TOTAL" -> out[1] = m.get("value").asDouble();
                case "MAX" -> out[2] = m.get("value").asDouble();
                default -> { }
            }
        }
        return out;
    }

    /** true when every projection runs, is not replaying and is caught up. */
    boolean projectionsIdle() throws IOException, InterruptedException {
        Answer a = get("/api/admin/projections");
        if (a.status() != 200) {
            return false;
        }
        JsonNode n = JSON.readTree(a.body());
        boolean all = n.size() > 0;
        for (JsonNode p : n) {
            all &= p.path("running").asBoolean() && !p.path("replaying").asBoolean() && p.path("caughtUp").asBoolean();
        }
        return all;
    }
}
