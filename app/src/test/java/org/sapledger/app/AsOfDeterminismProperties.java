package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.ApiClient.json;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Determinism of replay: for random histories of baseline changes, plans, scenarios and measures, the worksheet
 * replayed from the event store at the latest version equals the live projection exactly, for the baseline and
 * every scenario on both climate bases, also when the replay starts from checkpoints (one every four events here).
 * Runs the whole service on its own embedded PostgreSQL.
 */
class AsOfDeterminismProperties {

    private static ConfigurableApplicationContext service;
    private static ApiClient api;

    @BeforeContainer
    static void startService() {
        // command-line arguments, which take precedence over application.yml (default properties would not)
        service = new SpringApplicationBuilder(SapledgerApplication.class).run(
                "--server.port=0", "--sapledger.embedded-postgres.data-directory=",
                "--sapledger.embedded-postgres.port=0", "--sapledger.history.checkpoint-interval=4");
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        api = new ApiClient(port, service.getBean(JdbcTemplate.class));
    }

    @AfterContainer
    static void stopService() {
        service.close();
    }

    /** One change a planner may make; some are rejected (e.g. too large a cooled area), as in real use. */
    record Step(String kind, double value) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of("wallU", "cooling", "removeCooling", "storeyHeight", "region", "thermalMass",
                        "scenario", "uMeasure", "coolingMeasure", "removeMeasure", "removeWindow"),
                Arbitraries.doubles().between(0.05, 1.0).ofScale(3)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(14);
    }

    @Property(tries = 12)
    void theWorksheetReplayedAtTheLatestVersionEqualsTheLiveProjection(@ForAll("histories") List<Step> history)
            throws Exception {
        String property = json(api.postXml("/api/properties/import?addressLine=Random&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1))).get("id").asText();
        List<String> scenarios = new ArrayList<>();
        List<String> measures = new ArrayList<>();
        String plan = json(api.post("/api/properties/" + property + "/plans", "{\"name\": \"Plan\"}")).get("id")
                .asText();
        for (Step step : history) {
            apply(property, plan, scenarios, measures, step);
        }
        long latest = json(api.get("/api/properties/" + property + "/history?size=1")).get("totalElements").asLong() - 1;

        List<String> subjects = new ArrayList<>(List.of("/api/properties/" + property));
        scenarios.forEach(id -> subjects.add("/api/scenarios/" + id));
        for (String subject : subjects) {
            for (String basis : List.of("rating", "local")) {
                JsonNode live = json(api.get(subject + "/worksheet?basis=" + basis + "&minVersion=" + latest));
                JsonNode replayed = json(api.get(subject + "/worksheet?basis=" + basis + "&atVersion=" + latest));
                assertThat(replayed.get("lines")).as(subject + " " + basis).isEqualTo(live.get("lines"));
                assertThat(replayed.get("problems")).isEqualTo(live.get("problems"));
                assertThat(replayed.get("measures")).isEqualTo(live.get("measures"));
                assertThat(replayed.get("version").asLong()).isEqualTo(live.get("version").asLong());
            }
        }
    }

    private static void apply(String property, String plan, List<String> scenarios, List<String> measures,
                              Step step) {
        String base = "/api/properties/" + property;
        String scenario = scenarios.isEmpty() ? null : scenarios.get(scenarios.size() - 1);
        switch (step.kind()) {
            case "wallU" -> api.put(base + "/elements/sap_wall_1_1",
                    "{\"type\": \"WALL\", \"grossArea\": 120, \"uValue\": " + step.value() + "}");
            case "cooling" -> api.put(base + "/cooling",
                    "{\"cooledArea\": " + step.value() * 100 + ", \"seer\": 4.2}");
            case "removeCooling" -> api.delete(base + "/cooling");
            case "storeyHeight" -> api.put(base + "/storeys",
                    "{\"storeys\": [{\"id\": \"s0\", \"floorArea\": 100, \"storeyHeight\": " + (2 + step.value())
                            + "}]}");
            case "region" -> api.put(base + "/climate-region",
                    "{\"climateRegion\": " + (int) (step.value() * 21) + "}");
            case "thermalMass" -> api.put(base + "/thermal-mass",
                    "{\"thermalMassParameter\": " + step.value() * 450 + "}");
            case "scenario" -> scenarios.add(json(api.post("/api/plans/" + plan + "/scenarios",
                    "{\"name\": \"S" + scenarios.size() + "\"}")).get("id").asText());
            case "uMeasure" -> measure(scenario, measures, "{\"type\": \"CHANGE_U_VALUE\", \"elementId\": "
                    + "\"sap_wall_1_1\", \"uValue\": " + step.value() + "}");
            case "coolingMeasure" -> measure(scenario, measures,
                    "{\"type\": \"SET_COOLING\", \"cooledArea\": " + step.value() * 100 + ", \"energyClass\": \"B\"}");
            case "removeMeasure" -> {
                if (scenario != null && !measures.isEmpty()) {
                    api.delete("/api/scenarios/" + scenario + "/measures/" + measures.remove(measures.size() - 1));
                }
            }
            case "removeWindow" -> api.delete(base + "/elements/" + firstWindow(property));
            default -> throw new IllegalArgumentException(step.kind());
        }
    }

    private static void measure(String scenario, List<String> measures, String body) {
        if (scenario == null) {
            return;
        }
        JsonNode answer = json(api.post("/api/scenarios/" + scenario + "/measures", body));
        if (answer.has("id") && answer.has("version")) {
            measures.add(answer.get("id").asText());
        }
    }

    private static String firstWindow(String property) {
        JsonNode windows = json(api.get("/api/properties/" + property + "/baseline")).at("/baseline/windows");
        return windows.isArray() && !windows.isEmpty() ? windows.get(0).get("id").asText() : "none";
    }
}
