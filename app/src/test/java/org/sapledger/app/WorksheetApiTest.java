package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.app.ApiClient.json;
import static org.sapledger.app.ApiClient.problemFields;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.query.worksheet.WorksheetProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The worksheet over HTTP for an imported reference dwelling with cooling: the upstream lines equal the SAP 10.2
 * engine's, and (100)–(108) follow the Section 8c rules from the response's own (39)m, (35), (4) and (103)m.
 */
@SapledgerIntegrationTest
class WorksheetApiTest {

    static final Path M1_ENGINE_OUTPUT = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.engine-output.json");

    /** SAP Table 10b as this project reads it: June to August. */
    static final double[] TABLE_10B = {0, 0, 0, 0, 0, 0.25, 0.25, 0.25, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration eventProcessing;

    private ApiClient api;
    private String property;
    private long version;

    @BeforeEach
    void importM1WithCooling() throws Exception {
        api = new ApiClient(port, jdbc);
        HttpResponse<String> imported = api.postXml("/api/properties/import?addressLine=M1&dwellingType=HOUSE",
                Files.readString(ImportApiTest.M1));
        property = json(imported).get("id").asText();
        HttpResponse<String> cooled = api.put("/api/properties/" + property + "/cooling",
                "{\"cooledArea\": 40.0, \"seer\": 5.1}");
        assertThat(cooled.statusCode()).isEqualTo(200);
        version = json(cooled).get("version").asLong();
    }

    @Test
    void section8cFollowsTheRulesFromTheResponsesOwnUpstreamLines() {
        JsonNode sheet = worksheet("rating");
        assertThat(sheet.get("version").asLong()).isGreaterThanOrEqualTo(version);
        assertThat(sheet.get("basis").asText()).isEqualTo("RATING");
        JsonNode lines = sheet.get("lines");

        double tfa = lines.get("4").asDouble();
        double tmp = lines.get("35").asDouble();
        double[] h = monthly(lines, "39");
        double[] hlp = monthly(lines, "40");
        double[] te = monthly(lines, "96");
        double[] gains = monthly(lines, "103");
        double[] days = monthly(lines, "41");
        double cooledFraction = 40.0 / tfa;
        double total107 = 0;
        for (int m = 0; m < 12; m++) {
            double loss = h[m] * (24 - te[m]);
            double tau = tmp / (3.6 * hlp[m]);
            double a = 1 + tau / 15;
            double gamma = gains[m] / loss;
            double eta = gamma <= 0 ? 1 : Math.abs(gamma - 1) < 1e-8 ? a / (a + 1)
                    : (1 - Math.pow(gamma, -a)) / (1 - Math.pow(gamma, -(a + 1)));
            double useful = loss * eta;
            double continuous = Math.max(0, 0.024 * (gains[m] - useful) * days[m]);
            double requirement = continuous * cooledFraction * TABLE_10B[m];
            assertClose(monthly(lines, "100")[m], loss, "(100) month " + (m + 1));
            assertClose(monthly(lines, "101")[m], eta, "(101) month " + (m + 1));
            assertClose(monthly(lines, "102")[m], useful, "(102) month " + (m + 1));
            assertClose(monthly(lines, "104")[m], continuous, "(104) month " + (m + 1));
            assertClose(monthly(lines, "106")[m], TABLE_10B[m], "(106) month " + (m + 1));
            assertClose(monthly(lines, "107")[m], requirement, "(107) month " + (m + 1));
            assertClose(monthly(lines, "221")[m], requirement / 5.1, "(221) month " + (m + 1));
            total107 += requirement;
        }
        assertClose(lines.get("105").asDouble(), cooledFraction, "(105)");
        assertClose(lines.get("107_total").asDouble(), total107, "(107)");
        assertClose(lines.get("108").asDouble(), total107 / tfa, "(108)");
        assertThat(total107).isPositive();
    }

    @Test
    void theUpstreamLinesEqualTheEngineOutput() throws Exception {
        JsonNode engine = json(Files.readString(M1_ENGINE_OUTPUT)).get("sap_calculation_output");
        JsonNode lines = worksheet("rating").get("lines");
        List<String> compared = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = lines.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> line = it.next();
            if (!isUpstreamOfSection8c(line.getKey())) {
                continue;
            }
            String engineKey = engine.has("value_" + line.getKey() + "_UA")
                    ? "value_" + line.getKey() + "_UA" : "value_" + line.getKey();
            if (line.getValue().isArray()) {
                for (int m = 0; m < 12; m++) {
                    JsonNode expected = engine.get(engineKey + "_" + (m + 1));
                    if (expected != null && expected.isNumber()) {
                        assertClose(line.getValue().get(m).asDouble(), expected.asDouble(),
                                "(" + line.getKey() + ") month " + (m + 1));
                        compared.add(line.getKey() + "_" + (m + 1));
                    }
                }
            } else if (engine.has(engineKey) && engine.get(engineKey).isNumber()) {
                assertClose(line.getValue().asDouble(), engine.get(engineKey).asDouble(), "(" + line.getKey() + ")");
                compared.add(line.getKey());
            }
        }
        assertThat(compared).contains("4", "5", "25_1", "33", "35", "37", "39_1", "40_12", "72_6", "73_1", "83_7",
                "84_1").hasSizeGreaterThan(300);
    }

    @Test
    void aCooledAreaChangeEvaluatesOnlyTheCooledFractionAndWhatFollows() {
        HttpResponse<String> changed = api.put("/api/properties/" + property + "/cooling",
                "{\"cooledArea\": 60.0, \"seer\": 5.1}");
        long changedVersion = json(changed).get("version").asLong();

        JsonNode sheet = json(api.get("/api/properties/" + property + "/worksheet?minVersion=" + changedVersion));

        List<String> evaluated = new ArrayList<>();
        sheet.get("evaluatedLines").forEach(line -> evaluated.add(line.asText()));
        assertThat(evaluated).containsExactly("105", "107", "107_total", "108", "221", "221_total");
        assertClose(sheet.at("/lines/105").asDouble(), 0.6, "(105)");
    }

    @Test
    void aWallUValueChangeEvaluatesNothingInVentilationOrGains() {
        HttpResponse<String> changed = api.put("/api/properties/" + property + "/elements/sap_wall_1_1",
                "{\"type\": \"WALL\", \"grossArea\": 120, \"uValue\": 0.18}");
        long changedVersion = json(changed).get("version").asLong();

        JsonNode sheet = json(api.get("/api/properties/" + property + "/worksheet?minVersion=" + changedVersion));

        List<String> evaluated = new ArrayList<>();
        sheet.get("evaluatedLines").forEach(line -> evaluated.add(line.asText()));
        assertThat(evaluated).contains("29a", "33", "37", "39", "40", "100", "107", "108", "221")
                .doesNotContain("4", "25", "31", "73", "83", "103");
    }

    @Test
    void theLocalBasisUsesThePropertysRegion() {
        HttpResponse<String> moved = api.put("/api/properties/" + property + "/climate-region",
                "{\"climateRegion\": 1}");
        long movedVersion = json(moved).get("version").asLong();

        JsonNode local = json(api.get("/api/properties/" + property + "/worksheet?basis=local&minVersion="
                + movedVersion));
        JsonNode rating = worksheet("rating");

        assertThat(local.get("basis").asText()).isEqualTo("LOCAL");
        assertThat(local.at("/lines/96/6").asDouble()).isNotEqualTo(rating.at("/lines/96/6").asDouble());
        assertThat(local.at("/lines/33").asDouble()).isEqualTo(rating.at("/lines/33").asDouble());
    }

    @Test
    void aVersionThePropertyNeverReachedIsABadRequestAtOnce() {
        assertThat(problemFields(api.get("/api/properties/" + property + "/worksheet?minVersion=1000000"), 400))
                .containsExactly("minVersion");
    }

    @Test
    void aVersionTheProjectionDoesNotReachInTimeIsAServiceUnavailableWithRetryAfter() {
        EventProcessor worksheets = eventProcessing.eventProcessor(WorksheetProjection.PROCESSING_GROUP)
                .orElseThrow();
        worksheets.shutDown();
        try {
            long changed = json(api.put("/api/properties/" + property + "/thermal-mass",
                    "{\"thermalMassParameter\": 100}")).get("version").asLong();

            HttpResponse<String> response = api.get("/api/properties/" + property + "/worksheet?minVersion="
                    + changed);

            problemFields(response, 503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        } finally {
            worksheets.start();
        }
    }

    @Test
    void badBasisAndUnknownIdsAreProblems() {
        assertThat(problemFields(api.get("/api/properties/" + property + "/worksheet?basis=sunny"), 400))
                .containsExactly("basis");
        problemFields(api.get("/api/properties/00000000-0000-0000-0000-00000000000e/worksheet"), 404);
        problemFields(api.get("/api/scenarios/" + property + "/worksheet"), 404);
    }

    private JsonNode worksheet(String basis) {
        HttpResponse<String> response = api.get("/api/properties/" + property + "/worksheet?basis=" + basis
                + "&minVersion=" + version);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    static double[] monthly(JsonNode lines, String key) {
        JsonNode values = lines.get(key);
        assertThat(values).as("line " + key).isNotNull();
        assertThat(values.size()).isEqualTo(12);
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = values.get(m).asDouble();
        }
        return out;
    }

    static void assertClose(double actual, double expected, String what) {
        double scale = Math.max(Math.abs(expected), 1e-12);
        assertThat(Math.abs(actual - expected) / scale).as("%s: %s vs %s", what, actual, expected)
                .isLessThanOrEqualTo(1e-6);
    }

    /** Lines of sections 1–6, (1)–(84): what the engine output reports. */
    private static boolean isUpstreamOfSection8c(String key) {
        String number = key.replaceAll("^(\\d+).*$", "$1");
        return key.matches("^\\d+[a-f]?$") && Integer.parseInt(number) <= 84;
    }
}
