package org.sapledger.loadtest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load the crash scenario kills the app under: closed-loop clients, client i owning the properties i, i+N, …,
 * each sending one command at a time round-robin over its properties, and recording every 2xx answer the moment it
 * arrives.
 *
 * <p>The command mix is two plan commands, a measure appended to the property's scenario and a new plan, followed
 * by the harness's 8-step cycle ({@link Api#CYCLE}). The plan commands are there because their projection effects
 * are not overwrites: a measure is appended to the scenario worksheet's list of measures, a plan adds rows, so an
 * event applied twice by a projection would show as a duplicate rather than vanish under the next overwrite.
 *
 * <p>Every request carries a unique {@code Idempotency-Key} and the same value as {@code X-Correlation-Id}: the
 * service keeps the key in {@code idempotency_record} (written in the command's transaction) but does not copy it
 * onto events, while it records the correlation id in every event's metadata; so the event a request caused can be
 * recognised by its metadata.
 */
final class CrashLoad {

    /** A property of the run, with the scenario its measures go to and its position in the command cycle. */
    static final class CrashProperty {
        final String id;
        final String scenarioId;
        final AtomicInteger step = new AtomicInteger();

        CrashProperty(String id, String scenarioId) {
            this.id = id;
            this.scenarioId = scenarioId;
        }
    }

    /** One step of the cycle. */
    record Request(String method, String path, String body) {
    }

    static final int STEPS = Api.CYCLE.length + 2;
    private static final String MEASURE =
            "{\"type\":\"CHANGE_U_VALUE\",\"elementId\":\"sap_wall_1_1\",\"uValue\":0.18}";

    private final Api api;
    private final List<CrashProperty> properties;
    private final int clients;
    private final String keyPrefix;
    private final ConcurrentLinkedQueue<AnsweredCommand> answered = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicLong> notAnswered2xx = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    CrashLoad(Api api, List<CrashProperty> properties, int clients, String keyPrefix) {
        this.api = api;
        this.properties = properties;
        this.clients = clients;
        this.keyPrefix = keyPrefix;
    }

    /**
     * Imports {@code count} properties from the reference XML (8 at a time) and gives each a plan with one scenario,
     * all through the API.
     */
    static List<CrashProperty> prepare(Api api, String xml, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CrashProperty>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    String propertyId = api.importProperty(xml, "Crash+" + n, LoadTest.climateRegion(n)).id;
                    String planId = created(api, "/api/properties/" + propertyId + "/plans");
                    String scenarioId = created(api, "/api/plans/" + planId + "/scenarios");
                    return new CrashProperty(propertyId, scenarioId);
                }));
            }
            List<CrashProperty> properties = new ArrayList<>();
            for (Future<CrashProperty> f : futures) {
                properties.add(f.get());
            }
            return properties;
        } finally {
            pool.shutdown();
        }
    }

    private static String created(Api api, String path) throws Exception {
        Api.Answer a = api.send("POST", path, "{\"name\":\"Crash test\"}", "application/json", Duration.ofSeconds(60));
        if (a.status() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + a.status() + " " + a.body());
        }
        return Api.JSON.readTree(a.body()).get("id").asText();
    }

    /**
     * The {@code count}-th command sent for {@code p} (counting from 0). The two plan commands come first in the
     * cycle, so that even a kill after a few seconds finds measures and plans among the answered commands.
     */
    static Request request(CrashProperty p, int count) {
        int step = Math.floorMod(count, STEPS);
        if (step == 0) {
            return new Request("POST", "/api/scenarios/" + p.scenarioId + "/measures", MEASURE);
        }
        if (step == 1) {
            // plan names are unique per property
            return new Request("POST", "/api/properties/" + p.id + "/plans",
                    "{\"name\":\"Crash plan " + count / STEPS + "\"}");
        }
        String[] c = Api.CYCLE[step - 2];
        return new Request(c[0], "/api/properties/" + p.id + c[1], c[2]);
    }

    void start() {
        for (int i = 0; i < clients; i++) {
            List<CrashProperty> mine = new ArrayList<>();
            for (int j = i; j < properties.size(); j += clients) {
                mine.add(properties.get(j));
            }
            if (mine.isEmpty()) {
                continue;
            }
            int client = i;
            Thread t = new Thread(() -> run(client, mine), "crash-client-" + i);
            t.start();
            threads.add(t);
        }
    }

    private void run(int client, List<CrashProperty> mine) {
        long n = 0;
        while (!stopped) {
            CrashProperty p = mine.get((int) (n % mine.size()));
            Request r = request(p, p.step.getAndIncrement());
            String key = keyPrefix + "-" + client + "-" + n++;
            inFlight.incrementAndGet();
            sent.incrementAndGet();
            String outcome;
            try {
                Api.Answer a = api.send(r.method(), r.path(), r.body(), "application/json", Duration.ofSeconds(30),
                        Map.of("Idempotency-Key", key, "X-Correlation-Id", key));
                if (a.ok()) {
                    JsonNode body = Api.JSON.readTree(a.body());
                    answered.add(new AnsweredCommand(key, p.id, body.get("version").asLong(), body.get("id").asText(),
                            r.method() + " " + r.path(), a.status()));
                    outcome = null;
                } else {
                    outcome = String.valueOf(a.status());
                    if (refusals.size() < 5) {
                        refusals.add(r.method() + " " + r.path() + " " + r.body() + " → " + a.status() + " " + a.body());
                    }
                }
            } catch (Exception e) {
                // the app is gone (killed with this request in flight, or before it was sent): this client is done
                notAnswered2xx.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                inFlight.decrementAndGet();
                return;
            }
            inFlight.decrementAndGet();
            if (outcome != null) {
                notAnswered2xx.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    /** Requests sent and not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    long sent() {
        return sent.get();
    }

    /** Stops the clients (each stops by itself at its first failed request after the kill) and waits for them. */
    void stop() throws InterruptedException {
        stopped = true;
        for (Thread t : threads) {
            t.join(60_000);
        }
    }

    List<AnsweredCommand> answered() {
        return List.copyOf(answered);
    }

    /** The first few requests answered with a status other than 2xx, with the answer. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** Requests not answered 2xx, by status or by the exception the client got. */
    Map<String, Long> notAnswered2xx() {
        Map<String, Long> out = new TreeMap<>();
        notAnswered2xx.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
