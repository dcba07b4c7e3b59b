package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.ApiClient.json;
import static org.sapledger.app.ApiClient.problemFields;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plans, scenarios and measures over HTTP: ids are routable as soon as they are answered. */
@SapledgerIntegrationTest
class PlanApiTest {

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
        assertThat(api.put("/api/properties/" + property + "/storeys",
                BaselineApiTest.STOREYS).statusCode()).isEqualTo(200);
        assertThat(api.post("/api/properties/" + property + "/elements", BaselineApiTest.WALL).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aPlanTakesScenariosAndScenariosTakeMeasures() {
        HttpResponse<String> plan = api.post("/api/properties/" + property + "/plans", "{\"name\": \"Retrofit 2027\"}");
        assertThat(plan.statusCode()).isEqualTo(201);
        String planId = json(plan).get("id").asText();
        assertThat(json(plan).get("version").asLong()).isEqualTo(3);
        assertThat(plan.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(planId));

        HttpResponse<String> scenario = api.post("/api/plans/" + planId + "/scenarios", "{\"name\": \"Insulate\"}");
        assertThat(scenario.statusCode()).isEqualTo(201);
        String scenarioId = json(scenario).get("id").asText();
        assertThat(json(scenario).get("version").asLong()).isEqualTo(4);

        HttpResponse<String> uValue = api.post("/api/scenarios/" + scenarioId + "/measures", """
                {"type": "CHANGE_U_VALUE", "elementId": "wall-1", "uValue": 0.18}""");
        assertThat(uValue.statusCode()).as(uValue.body()).isEqualTo(201);
        assertThat(json(uValue).get("version").asLong()).isEqualTo(5);

        HttpResponse<String> cooling = api.post("/api/scenarios/" + scenarioId + "/measures", """
                {"type": "SET_COOLING", "cooledArea": 60.0, "seer": 5.1, "reason": "client asked"}""");
        assertThat(cooling.statusCode()).as(cooling.body()).isEqualTo(201);
        String coolingMeasure = json(cooling).get("id").asText();
        JsonNode stored = json(jdbc.queryForObject("""
                SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 6""",
                String.class, property));
        assertThat(stored.at("/measure/type").asText()).isEqualTo("SET_COOLING");
        assertThat(stored.at("/measure/cooling/cooledArea").asDouble()).isEqualTo(60.0);
        assertThat(json(jdbc.queryForObject("""
                SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 6""",
                String.class, property)).get("reason").asText()).isEqualTo("client asked");

        HttpResponse<String> removed = api.delete("/api/scenarios/" + scenarioId + "/measures/" + coolingMeasure);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(json(removed).get("version").asLong()).isEqualTo(7);
    }

    @Test
    void unknownPlansAndScenariosAreNotFound() {
        long events = api.eventCount();

        problemFields(api.post("/api/plans/nope/scenarios", "{\"name\": \"x\"}"), 404);
        problemFields(api.post("/api/scenarios/nope/measures", "{\"type\": \"REMOVE_COOLING\"}"), 404);

        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void invalidMeasuresAreProblemsAndStoreNothing() {
        String planId = json(api.post("/api/properties/" + property + "/plans", "{\"name\": \"P\"}")).get("id")
                .asText();
        String scenarioId = json(api.post("/api/plans/" + planId + "/scenarios", "{\"name\": \"S\"}")).get("id")
                .asText();
        long events = api.eventCount();

        assertThat(problemFields(api.post("/api/scenarios/" + scenarioId + "/measures", """
                {"type": "CHANGE_U_VALUE", "elementId": "nope", "uValue": 0.18}"""), 400)).contains("elementId");
        assertThat(problemFields(api.post("/api/scenarios/" + scenarioId + "/measures", """
                {"type": "CHANGE_U_VALUE", "elementId": "wall-1", "uValue": 11}"""), 400))
                .contains("walls[wall-1].uValue");
        assertThat(problemFields(api.post("/api/scenarios/" + scenarioId + "/measures", """
                {"type": "SET_COOLING", "cooledArea": 500.0, "seer": 5.1}"""), 400)).contains("cooling.cooledArea");
        assertThat(problemFields(api.post("/api/scenarios/" + scenarioId + "/measures", """
                {"type": "PAINT_IT_GREEN"}"""), 400)).contains("type");
        assertThat(problemFields(api.post("/api/plans/" + planId + "/scenarios", "{\"name\": \"s\"}"), 400))
                .contains("name");
        assertThat(problemFields(api.post("/api/properties/" + property + "/plans", "{\"name\": \"\"}"), 400))
                .contains("name");

        assertThat(api.eventCount()).isEqualTo(events);
    }
}
