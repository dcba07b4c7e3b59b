package org.sapledger.app.web;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.property.FindPropertySummary;
import org.sapledger.domain.property.ListPropertySummaries;
import org.sapledger.domain.property.PropertySummary;
import org.sapledger.domain.property.PropertySummaryPage;
import org.sapledger.domain.property.RegisterProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Properties: register one, read one, list them. */
@RestController
@Validated
@RequestMapping(path = "/api/properties", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Properties", description = "Dwellings whose retrofit is planned")
public class PropertyController {

    /** Largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    private final CommandResponder commands;
    private final QueryGateway queries;
    private final Ownership ownership;

    public PropertyController(CommandResponder commands, QueryGateway queries, Ownership ownership) {
        this.commands = commands;
        this.queries = queries;
        this.ownership = ownership;
    }

    @PostMapping
    @Operation(summary = "Register a property",
            description = "Answers 201 with the new property's id and version 0, and its URL in Location.")
    public ResponseEntity<Object> register(@Valid @RequestBody RegisterPropertyRequest request,
                                           HttpServletRequest http) {
        String propertyId = UUID.randomUUID().toString();
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(propertyId).toUri();
        return commands.send(http, request, request.reason(), HttpStatus.CREATED, location, new RegisterProperty(
                propertyId, ownership.organisation(), request.addressLine(), request.postcode(), request.climateRegion(),
                request.dwellingType()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a property's summary",
            description = "Address, postcode, climate region and dwelling type as they are now. The version is that of"
                    + " the last event that changed the summary (the registration, or a change of postcode or climate"
                    + " region), not the property's latest version.")
    public PropertySummary get(@PathVariable String id) {
        ownership.property(id);
        Optional<PropertySummary> summary = queries.query(new FindPropertySummary(id),
                ResponseTypes.optionalInstanceOf(PropertySummary.class)).join();
        return summary.orElseThrow(() -> new UnknownEntityException("property", id));
    }

    @GetMapping
    @Operation(summary = "List properties, newest first, one page at a time")
    public PropertySummaryPage list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return queries.query(new ListPropertySummaries(ownership.organisation(), page, size),
                ResponseTypes.instanceOf(PropertySummaryPage.class)).join();
    }
}
