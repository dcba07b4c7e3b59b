package org.sapledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.Test;
import org.sapledger.app.config.CachingJacksonSerializer;
import org.sapledger.query.property.PropertySummaryProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What operators rely on: health per event processor, Axon metrics, the OpenAPI description, graceful stop. */
@SapledgerIntegrationTest
class OperationsTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Environment environment;

    @Autowired
    Configuration axon;

    @Test
    void axonStoresAndSendsEverythingWithTheCachingJacksonSerializer() {
        assertThat(axon.serializer()).isInstanceOf(CachingJacksonSerializer.class);
        assertThat(axon.eventSerializer()).isSameAs(axon.serializer());
        assertThat(axon.messageSerializer()).isSameAs(axon.serializer());
    }

    @Test
    void healthReportsTheDatabaseAndEveryEventProcessor() throws Exception {
        JsonNode health = json.readTree(get("/actuator/health"));

        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/details/database").asText()).isEqualTo("PostgreSQL");
        JsonNode processor = health.at("/components/eventProcessors/details/" + PropertySummaryProjection.PROCESSING_GROUP);
        assertThat(processor.get("running").asBoolean()).isTrue();
        assertThat(processor.get("error").asBoolean()).isFalse();
        assertThat(processor.has("caughtUp")).isTrue();
        assertThat(processor.has("replaying")).isTrue();
    }

    @Test
    void axonMetricsArePublished() throws Exception {
        String prometheus = get("/actuator/prometheus");

        assertThat(prometheus).contains("commandBus_allTimer_seconds_count")
                .contains("eventProcessor_allTimer_seconds_count{processorName=\"worksheets\"}")
                .contains("eventProcessor_allTimer_seconds_count{processorName=\"property-summary\"}")
                .contains("eventStore_ingestedCounter_total")
                .as("the processors' CPU per event is published only when asked for (sapledger.metrics.handler-cpu)")
                .doesNotContain("eventProcessor_handlerCpu");
    }

    @Test
    void theOpenApiDescriptionCoversEveryApiEndpoint() throws Exception {
        JsonNode paths = json.readTree(get("/v3/api-docs")).get("paths");
        Set<String> documented = new TreeSet<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + pattern))));

        assertThat(served).isNotEmpty();
        assertThat(documented).containsAll(served);
        assertThat(get("/swagger-ui/index.html")).contains("swagger");
    }

    @Test
    void theServerStopsGracefully() {
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isNotBlank();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
