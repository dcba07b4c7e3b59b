package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fifty clients changing one property at the same instant. With {@code If-Match} exactly one of them wins each
 * round and every other gets a 409 problem: no update is lost by being silently overwritten. Without it every
 * command is applied, each in its own event, in the order of the versions their answers report.
 */
@SapledgerIntegrationTest
class ConcurrentChangesTest {

    private static final int CLIENTS = 50;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String property;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port, jdbc);
        property = api.registerProperty();
    }

    @Test
    void withIfMatchOneClientWinsEachRoundAndEveryOtherGets409() throws Exception {
        long version = 0;
        for (int round = 0; round < 3; round++) {
            long expected = version;
            List<Callable<Answer>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                double value = 100 + round * CLIENTS + client;
                clients.add(() -> new Answer(value, api.put("/api/properties/" + property + "/thermal-mass",
                        "{\"thermalMassParameter\": " + value + "}", "If-Match", "\"" + expected + "\"")));
            }
            List<Answer> answers = Concurrently.allAtOnce(clients);

            List<Answer> winners = answers.stream().filter(a -> a.response().statusCode() == 200).toList();
            List<Answer> losers = answers.stream().filter(a -> a.response().statusCode() != 200).toList();
            assertThat(winners).hasSize(1);
            assertThat(losers).hasSize(CLIENTS - 1)
                    .allSatisfy(loser -> ApiClient.problemFields(loser.response(), 409));
            version = json(winners.get(0).response()).get("version").asLong();
            assertThat(version).isEqualTo(expected + 1);
            assertThat(api.eventCount(property)).isEqualTo(version + 1);
            assertThat(thermalMassAt(version)).isEqualTo(winners.get(0).value());
        }
    }

    @Test
    void withoutIfMatchEveryAcceptedCommandHasItsEventInTheOrderOfItsVersion() throws Exception {
        int perClient = 2;
        List<Callable<Answer>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int first = client * perClient;
            clients.add(() -> {
                Answer last = null;
                for (int i = 0; i < perClient; i++) {
                    double value = 10 + first + i; // unique, so every command changes the state
                    HttpResponse<String> response = api.put("/api/properties/" + property + "/thermal-mass",
                            "{\"thermalMassParameter\": " + value + "}");
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    record(value, json(response).get("version").asLong());
                    last = new Answer(value, response);
                }
                return last;
            });
        }
        Concurrently.allAtOnce(clients);

        assertThat(accepted).hasSize(CLIENTS * perClient);
        assertThat(api.eventCount(property)).isEqualTo(CLIENTS * perClient + 1);
        List<Long> sequence = jdbc.queryForList("""
                SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?
                ORDER BY sequence_number""", Long.class, property);
        for (int i = 0; i < sequence.size(); i++) {
            assertThat(sequence.get(i)).isEqualTo(i);
        }
        for (Map.Entry<Long, Double> answered : accepted.entrySet()) {
            assertThat(thermalMassAt(answered.getKey())).as("event %d", answered.getKey())
                    .isEqualTo(answered.getValue());
        }
    }

    private final Map<Long, Double> accepted = new HashMap<>();

    private synchronized void record(double value, long version) {
        assertThat(accepted.put(version, value)).as("version %d answered twice", version).isNull();
    }

    private record Answer(double value, HttpResponse<String> response) {
    }

    private double thermalMassAt(long version) throws Exception {
        String payload = jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""",
                String.class, property, version);
        JsonNode after = json(payload).get("after").get("thermalMassParameter");
        return after.asDouble();
    }
}
