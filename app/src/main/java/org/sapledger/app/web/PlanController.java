package org.sapledger.app.web;

import java.net.URI;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sapledger.domain.WireNames;
import org.sapledger.domain.plan.AddMeasure;
import org.sapledger.domain.plan.AddScenario;
import org.sapledger.domain.plan.CreatePlan;
import org.sapledger.domain.plan.Measure;
import org.sapledger.domain.plan.RemoveMeasure;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Retrofit plans: a plan belongs to one property and holds named scenarios; a scenario holds an ordered list of
 * measures applied to the current baseline. Plans, scenarios and measures live in their property's event stream,
 * so every answer's version is the property's.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plans", description = "Plans, scenarios and measures")
public class PlanController {

    private static final String SET_COOLING = WireNames.typeName(Measure.SetCooling.class);

    private final CommandResponder commands;
    private final JsonBodies bodies;
    private final Ownership ownership;

    public PlanController(CommandResponder commands, JsonBodies bodies, Ownership ownership) {
        this.commands = commands;
        this.bodies = bodies;
        this.ownership = ownership;
    }

    /** Body of plan and scenario creation. */
    public record NameRequest(String name, String reason) {
    }

    @PostMapping("/api/properties/{propertyId}/plans")
    @Operation(summary = "Start a retrofit plan for the property", description = "Answers {\"id\": planId, \"version\"}")
    public ResponseEntity<Object> createPlan(@PathVariable String propertyId, @RequestBody NameRequest body,
                                             HttpServletRequest request) {
        ownership.property(propertyId);
        String planId = UUID.randomUUID().toString();
        return commands.send(request, body, body.reason(), HttpStatus.CREATED, at("/api/plans/" + planId),
                new CreatePlan(propertyId, IfMatch.expectedVersion(request), planId, body.name()));
    }

    @PostMapping("/api/plans/{planId}/scenarios")
    @Operation(summary = "Add a named scenario to a plan", description = "Answers {\"id\": scenarioId, \"version\"}")
    public ResponseEntity<Object> addScenario(@PathVariable String planId, @RequestBody NameRequest body,
                                              HttpServletRequest request) {
        String propertyId = ownership.propertyOfPlan(planId);
        String scenarioId = UUID.randomUUID().toString();
        return commands.send(request, body, body.reason(), HttpStatus.CREATED, at("/api/scenarios/" + scenarioId),
                new AddScenario(propertyId, IfMatch.expectedVersion(request), planId, scenarioId, body.name()));
    }

    @PostMapping("/api/scenarios/{scenarioId}/measures")
    @Operation(summary = "Append a measure to a scenario",
            description = "e.g. {\"type\": \"CHANGE_U_VALUE\", \"elementId\": \"sap_wall_1_1\", \"uValue\": 0.18}, "
                    + "{\"type\": \"SET_COOLING\", \"cooledArea\": 60.0, \"seer\": 5.1}. Types: CHANGE_U_VALUE, "
                    + "CHANGE_AREA, ADD_ELEMENT, REMOVE_ELEMENT, CHANGE_VENTILATION, CHANGE_AIR_TIGHTNESS, "
                    + "SET_COOLING, REMOVE_COOLING. Answers {\"id\": measureId, \"version\"}")
    public ResponseEntity<Object> addMeasure(@PathVariable String scenarioId, @RequestBody JsonNode body,
                                             HttpServletRequest request) {
        String propertyId = ownership.propertyOfScenario(scenarioId);
        JsonBodies.Read<Measure> measure = readMeasure(body);
        String measureId = UUID.randomUUID().toString();
        return commands.send(request, body, measure.reason(), HttpStatus.CREATED,
                at("/api/scenarios/" + scenarioId + "/measures/" + measureId),
                new AddMeasure(propertyId, IfMatch.expectedVersion(request), scenarioId, measureId, measure.value()));
    }

    @DeleteMapping("/api/scenarios/{scenarioId}/measures/{measureId}")
    @Operation(summary = "Remove a measure from a scenario")
    public ResponseEntity<Object> removeMeasure(@PathVariable String scenarioId, @PathVariable String measureId,
                                                HttpServletRequest request) {
        String propertyId = ownership.propertyOfScenario(scenarioId);
        return commands.send(request, null, null, HttpStatus.OK, null,
                new RemoveMeasure(propertyId, IfMatch.expectedVersion(request), scenarioId, measureId));
    }

    private static URI at(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUri();
    }

    /**
     * The measure in a body. A {@code SET_COOLING} measure is flat, like the cooling resource
     * ({@code {"type": "SET_COOLING", "cooledArea": 60.0, "seer": 5.1}}); every other type is the measure itself.
     */
    private JsonBodies.Read<Measure> readMeasure(JsonNode body) {
        if (body instanceof ObjectNode object && SET_COOLING.equals(object.path("type").asText())) {
            ObjectNode cooling = object.deepCopy();
            cooling.remove("type");
            JsonBodies.Read<CoolingRequest> read = bodies.read(cooling, CoolingRequest.class);
            return new JsonBodies.Read<>(new Measure.SetCooling(read.value().toCooling()), read.reason());
        }
        return bodies.read(body, Measure.class);
    }
}
