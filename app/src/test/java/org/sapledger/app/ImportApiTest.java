package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sapledger.app.ApiClient.json;
import static org.sapledger.app.ApiClient.problemFields;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.sapxml.SapXmlReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** SAP XML import over HTTP: the file becomes a property whose baseline is the file. */
@SapledgerIntegrationTest
class ImportApiTest {

    /** The reference dwelling shared with calc's conformance tests (the module's working directory is app/). */
    static final Path M1 = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper objectMapper;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port, jdbc);
    }

    @Test
    void importingTheM1ReferenceGivesABaselineEqualToTheFile() throws Exception {
        String xml = Files.readString(M1);

        HttpResponse<String> created = api.postXml(
                "/api/properties/import?addressLine=M1%20reference&dwellingType=HOUSE", xml);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = json(created);
        String id = answer.get("id").asText();
        assertThat(answer.get("version").asLong()).isEqualTo(1);
        assertThat(answer.get("warnings").isArray()).isTrue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/properties/" + id + "/baseline")
                .statusCode() == 200);
        JsonNode baseline = json(api.get("/api/properties/" + id + "/baseline")).get("baseline");
        JsonNode fromFile = objectMapper.valueToTree(
                SapXmlReader.read(xml, ClimateRegion.UK_AVERAGE).dwelling());
        assertThat(baseline).isEqualTo(fromFile);
        JsonNode wall = baseline.get("walls").get(0);
        assertThat(wall.get("id").asText()).isEqualTo("sap_wall_1_1");
        assertThat(wall.get("grossArea").asDouble()).isEqualTo(120.0);
        assertThat(wall.get("uValue").asDouble()).isEqualTo(0.5);
        assertThat(baseline.get("windows").get(0).get("hostId").asText()).isEqualTo("sap_wall_1_1");
        assertThat(json(api.get("/api/properties/" + id)).get("postcode").asText()).isEqualTo("LE11 3TU");
    }

    @Test
    void malformedXmlIsABadRequestNamingLineAndColumnAndStoresNothing() {
        long events = api.eventCount();

        HttpResponse<String> response = api.postXml("/api/properties/import?addressLine=x&dwellingType=HOUSE",
                "<SAP-Report xmlns=\"https://epbr.digital.communities.gov.uk/xsd/sap\">\n  <SAP10-Data>\n  </SAP-Report>");

        problemFields(response, 400);
        assertThat(json(response).get("errors").get(0).get("detail").asText()).contains("line 3");
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void anImpossibleValueIsABadRequestNamingTheElementAndStoresNothing() throws Exception {
        String xml = Files.readString(M1).replaceFirst("<U-Value>0.5</U-Value>", "<U-Value>-3</U-Value>");
        long events = api.eventCount();

        HttpResponse<String> response = api.postXml("/api/properties/import?addressLine=x&dwellingType=HOUSE", xml);

        assertThat(problemFields(response, 400)).anySatisfy(field -> assertThat(field).containsIgnoringCase("u")
                .matches("(?i).*u-?value.*"));
        assertThat(api.eventCount()).isEqualTo(events);
    }

    @Test
    void anAddressLineIsRequiredWhenTheFileHasNone() throws Exception {
        long events = api.eventCount();

        HttpResponse<String> response = api.postXml("/api/properties/import?dwellingType=FLAT", Files.readString(M1));

        assertThat(problemFields(response, 400)).containsExactly("addressLine");
        assertThat(api.eventCount()).isEqualTo(events);
    }
}
