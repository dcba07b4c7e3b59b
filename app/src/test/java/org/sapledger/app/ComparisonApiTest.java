package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.ApiClient.json;
import static org.sapledger.app.WorksheetApiTest.assertClose;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;

/**
 * A plan with two scenarios (a lower wall U-value; a larger cooled area) compared with the baseline: the deltas are
 * the differences of the worksheets, scenarios follow their baseline, and CSV and SVG render.
 */
@SapledgerIntegrationTest
class ComparisonApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient api;
    private String property;
    private String plan;
    private String insulate;
    private String moreCooling;
    private long version;

    @BeforeEach
    void planWithTwoScenarios() throws Exception {
        api = new ApiClient(port, jdbc);
        property = json(api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1))).get("id").asText();
        api.put("/api/properties/" + property + "/cooling", "{\"cooledArea\": 40.0, \"seer\": 5.1}");
        plan = json(api.post("/api/properties/" + property + "/plans", "{\"name\": \"Summer comfort\"}"))
                .get("id").asText();
        insulate = json(api.post("/api/plans/" + plan + "/scenarios", "{\"name\": \"Insulate walls\"}"))
                .get("id").asText();
        moreCooling = json(api.post("/api/plans/" + plan + "/scenarios", "{\"name\": \"Cool more rooms\"}"))
                .get("id").asText();
        api.post("/api/scenarios/" + insulate + "/measures",
                "{\"type\": \"CHANGE_U_VALUE\", \"elementId\": \"sap_wall_1_1\", \"uValue\": 0.18}");
        version = json(api.post("/api/scenarios/" + moreCooling + "/measures",
                "{\"type\": \"SET_COOLING\", \"cooledArea\": 80.0, \"seer\": 5.1}")).get("version").asLong();
    }

    @Test
    void theComparisonsDeltasAreTheDifferencesOfTheWorksheets() {
        JsonNode comparison = json(api.get("/api/plans/" + plan + "/comparison?minVersion=" + version));
        JsonNode baseline = json(api.get("/api/properties/" + property + "/worksheet?minVersion=" + version))
                .get("lines");

        assertThat(comparison.get("planName").asText()).isEqualTo("Summer comfort");
        assertThat(comparison.get("scenarios")).hasSize(2);
        assertClose(comparison.at("/baseline/requirementKwh").asDouble(), baseline.get("107_total").asDouble(),
                "baseline (107)");
        for (JsonNode scenario : comparison.get("scenarios")) {
            JsonNode lines = json(api.get("/api/scenarios/" + scenario.get("scenarioId").asText() + "/worksheet"))
                    .get("lines");
            double delta107 = lines.get("107_total").asDouble() - baseline.get("107_total").asDouble();
            assertClose(scenario.at("/figures/requirementKwh").asDouble(), lines.get("107_total").asDouble(),
                    "(107)");
            assertClose(scenario.at("/change/requirementKwh/absolute").asDouble(), delta107, "Δ(107)");
            assertClose(scenario.at("/change/requirementKwh/percent").asDouble(),
                    100 * delta107 / baseline.get("107_total").asDouble(), "Δ% (107)");
            assertClose(scenario.at("/change/requirementPerAreaKwhM2/absolute").asDouble(),
                    lines.get("108").asDouble() - baseline.get("108").asDouble(), "Δ(108)");
            assertClose(scenario.at("/change/electricityKwh/absolute").asDouble(),
                    lines.get("221_total").asDouble() - baseline.get("221_total").asDouble(), "Δ(221)");
            for (int m = 5; m < 8; m++) {
                assertClose(scenario.at("/change/monthlyRequirementKwh/" + m + "/absolute").asDouble(),
                        lines.get("107").get(m).asDouble() - baseline.get("107").get(m).asDouble(), "Δ(107)m");
            }
            assertThat(scenario.at("/measures/0/status").asText()).isEqualTo("APPLIED");
        }
        JsonNode cooler = comparison.get("scenarios").get(1);
        assertClose(cooler.at("/change/requirementKwh/percent").asDouble(), 100.0, "doubling the cooled area");
    }

    @Test
    void scenariosFollowTheirBaselineAndReportMeasuresThatNoLongerApply() {
        long removed = json(api.delete("/api/properties/" + property + "/elements/sap_wall_1_1?withOpenings=true"))
                .get("version").asLong();

        JsonNode scenario = json(api.get("/api/scenarios/" + insulate + "/worksheet?minVersion=" + removed));
        JsonNode baseline = json(api.get("/api/properties/" + property + "/worksheet?minVersion=" + removed));

        assertThat(scenario.at("/measures/0/status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(scenario.get("lines")).isEqualTo(baseline.get("lines"));
        JsonNode comparison = json(api.get("/api/plans/" + plan + "/comparison"));
        assertThat(comparison.at("/scenarios/0/measures/0/status").asText()).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void theComparisonRendersAsCsvAndSvg() throws Exception {
        HttpResponse<String> csv = api.get("/api/plans/" + plan + "/comparison?minVersion=" + version,
                "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        String[] rows = csv.body().split("\r\n");
        assertThat(rows).hasSize(4);
        assertThat(rows[1]).startsWith("Baseline,");
        assertThat(rows[2]).contains("Insulate walls");
        assertThat(rows[3]).contains("Cool more rooms");

        HttpResponse<String> svg = api.get("/api/plans/" + plan + "/comparison", "Accept", "image/svg+xml");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/svg+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document chart = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(chart.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg.body()).contains("Summer comfort");
    }

    @Test
    void anUnknownPlanIsNotFound() {
        ApiClient.problemFields(api.get("/api/plans/nope/comparison"), 404);
    }
}
