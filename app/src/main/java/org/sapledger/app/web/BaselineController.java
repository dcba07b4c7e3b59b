package org.sapledger.app.web;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.dwelling.FabricElement;
import org.sapledger.domain.dwelling.Storey;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.ThermalMass;
import org.sapledger.domain.dwelling.Ventilation;
import org.sapledger.domain.property.AddElement;
import org.sapledger.domain.property.ChangeClimateRegion;
import org.sapledger.domain.property.ChangeElement;
import org.sapledger.domain.property.ChangePostcode;
import org.sapledger.domain.property.FindBaseline;
import org.sapledger.domain.property.PropertyBaseline;
import org.sapledger.domain.property.RemoveCooling;
import org.sapledger.domain.property.RemoveElement;
import org.sapledger.domain.property.SetCooling;
import org.sapledger.domain.property.SetStoreys;
import org.sapledger.domain.property.SetThermalBridging;
import org.sapledger.domain.property.SetThermalMass;
import org.sapledger.domain.property.SetVentilation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A property's baseline: storeys, fabric elements, thermal bridging, ventilation, thermal mass, cooling, climate
 * region and postcode. Every change is a command; {@code If-Match: "<version>"} makes it conditional on the
 * property's version, {@code Idempotency-Key} makes a retry safe, {@code X-Reason} (or a {@code reason} member)
 * says why.
 */
@RestController
@OwnedProperty
@RequestMapping(path = "/api/properties/{propertyId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Baseline", description = "The surveyed dwelling: fabric, ventilation, thermal mass, cooling")
public class BaselineController {

    private final CommandResponder commands;
    private final JsonBodies bodies;
    private final QueryGateway queries;

    public BaselineController(CommandResponder commands, JsonBodies bodies, QueryGateway queries) {
        this.commands = commands;
        this.bodies = bodies;
        this.queries = queries;
    }

    @GetMapping("/baseline")
    @Operation(summary = "Read the property's current baseline dwelling (the worksheet input)")
    public PropertyBaseline baseline(@PathVariable String propertyId) {
        return queries.query(new FindBaseline(propertyId), ResponseTypes.optionalInstanceOf(PropertyBaseline.class))
                .join().orElseThrow(() -> new UnknownEntityException("property", propertyId));
    }

    /** Body of {@code PUT /storeys}. */
    public record StoreysRequest(java.util.List<Storey> storeys, String reason) {
    }

    @PutMapping("/storeys")
    @Operation(summary = "Replace the storeys (floor area and storey height of each)")
    public ResponseEntity<Object> setStoreys(@PathVariable String propertyId, @RequestBody StoreysRequest body,
                                             HttpServletRequest request) {
        return commands.send(request, body, body.reason(), HttpStatus.OK, null,
                new SetStoreys(propertyId, IfMatch.expectedVersion(request), body.storeys()));
    }

    @PostMapping("/elements")
    @Operation(summary = "Add a fabric element",
            description = "Body: the element with its type (WALL, ROOF, FLOOR, PARTY_WALL, DOOR, WINDOW, "
                    + "ROOF_WINDOW), e.g. {\"type\": \"WALL\", \"id\": \"w1\", \"grossArea\": 120, \"uValue\": 0.5}."
                    + " Openings name their host wall or roof in hostId.")
    public ResponseEntity<Object> addElement(@PathVariable String propertyId, @RequestBody JsonNode body,
                                             HttpServletRequest request) {
        JsonBodies.Read<FabricElement> element = bodies.read(body, FabricElement.class);
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{elementId}")
                .buildAndExpand(element.value().id()).toUri();
        return commands.send(request, body, element.reason(), HttpStatus.CREATED, location,
                new AddElement(propertyId, IfMatch.expectedVersion(request), element.value()));
    }

    @PutMapping("/elements/{elementId}")
    @Operation(summary = "Change a fabric element (same id, same type)")
    public ResponseEntity<Object> changeElement(@PathVariable String propertyId, @PathVariable String elementId,
                                                @RequestBody JsonNode body, HttpServletRequest request) {
        JsonBodies.Read<FabricElement> element = bodies.read(withId(body, elementId), FabricElement.class);
        return commands.send(request, body, element.reason(), HttpStatus.OK, null,
                new ChangeElement(propertyId, IfMatch.expectedVersion(request), element.value()));
    }

    @DeleteMapping("/elements/{elementId}")
    @Operation(summary = "Remove a fabric element",
            description = "A wall or roof holding openings is removed only with withOpenings=true, which removes "
                    + "its openings too.")
    public ResponseEntity<Object> removeElement(@PathVariable String propertyId, @PathVariable String elementId,
                                                @RequestParam(defaultValue = "false") boolean withOpenings,
                                                HttpServletRequest request) {
        return commands.send(request, null, null, HttpStatus.OK, null,
                new RemoveElement(propertyId, IfMatch.expectedVersion(request), elementId, withOpenings));
    }

    @PutMapping("/thermal-bridging")
    @Operation(summary = "Replace the thermal bridging",
            description = "{\"type\": \"Y_VALUE\", \"y\": 0.15} or {\"type\": \"JUNCTIONS\", \"junctions\": "
                    + "[{\"id\": \"E2\", \"psi\": 0.05, \"length\": 12.0}]}")
    public ResponseEntity<Object> setThermalBridging(@PathVariable String propertyId, @RequestBody JsonNode body,
                                                     HttpServletRequest request) {
        JsonBodies.Read<ThermalBridging> bridging = bodies.read(body, ThermalBridging.class);
        return commands.send(request, body, bridging.reason(), HttpStatus.OK, null,
                new SetThermalBridging(propertyId, IfMatch.expectedVersion(request), bridging.value()));
    }

    @PutMapping("/ventilation")
    @Operation(summary = "Replace the ventilation inputs (section 2)")
    public ResponseEntity<Object> setVentilation(@PathVariable String propertyId, @RequestBody JsonNode body,
                                                 HttpServletRequest request) {
        JsonBodies.Read<Ventilation> ventilation = bodies.read(body, Ventilation.class);
        return commands.send(request, body, ventilation.reason(), HttpStatus.OK, null,
                new SetVentilation(propertyId, IfMatch.expectedVersion(request), ventilation.value()));
    }

    @PutMapping("/thermal-mass")
    @Operation(summary = "Replace the thermal mass",
            description = "{\"thermalMassParameter\": 250} declares (35); null derives it from κ-values")
    public ResponseEntity<Object> setThermalMass(@PathVariable String propertyId, @RequestBody JsonNode body,
                                                 HttpServletRequest request) {
        JsonBodies.Read<ThermalMass> mass = bodies.read(body, ThermalMass.class);
        return commands.send(request, body, mass.reason(), HttpStatus.OK, null,
                new SetThermalMass(propertyId, IfMatch.expectedVersion(request), mass.value()));
    }

    @PutMapping("/cooling")
    @Operation(summary = "Install or change fixed air conditioning",
            description = "{\"cooledArea\": 40.0, \"seer\": 5.1} or {\"cooledArea\": 40.0, \"energyClass\": \"A+\"}")
    public ResponseEntity<Object> setCooling(@PathVariable String propertyId, @RequestBody CoolingRequest body,
                                             HttpServletRequest request) {
        return commands.send(request, body, body.reason(), HttpStatus.OK, null,
                new SetCooling(propertyId, IfMatch.expectedVersion(request), body.toCooling()));
    }

    @DeleteMapping("/cooling")
    @Operation(summary = "Remove the fixed air conditioning")
    public ResponseEntity<Object> removeCooling(@PathVariable String propertyId, HttpServletRequest request) {
        return commands.send(request, null, null, HttpStatus.OK, null,
                new RemoveCooling(propertyId, IfMatch.expectedVersion(request)));
    }

    /** Body of {@code PUT /climate-region}. */
    public record ClimateRegionRequest(Integer climateRegion, String reason) {
    }

    @PutMapping("/climate-region")
    @Operation(summary = "Change the Appendix U climate region (0..21)")
    public ResponseEntity<Object> changeClimateRegion(@PathVariable String propertyId,
                                                      @RequestBody ClimateRegionRequest body,
                                                      HttpServletRequest request) {
        if (body.climateRegion() == null) {
            throw new InvalidBodyException("climateRegion", "is required");
        }
        return commands.send(request, body, body.reason(), HttpStatus.OK, null,
                new ChangeClimateRegion(propertyId, IfMatch.expectedVersion(request), body.climateRegion()));
    }

    /** Body of {@code PUT /postcode}. */
    public record PostcodeRequest(String postcode, String reason) {
    }

    @PutMapping("/postcode")
    @Operation(summary = "Change the postcode")
    public ResponseEntity<Object> changePostcode(@PathVariable String propertyId, @RequestBody PostcodeRequest body,
                                                 HttpServletRequest request) {
        return commands.send(request, body, body.reason(), HttpStatus.OK, null,
                new ChangePostcode(propertyId, IfMatch.expectedVersion(request), body.postcode()));
    }

    private static JsonNode withId(JsonNode body, String elementId) {
        if (body instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = object.deepCopy();
            copy.put("id", elementId);
            return copy;
        }
        return body;
    }
}
