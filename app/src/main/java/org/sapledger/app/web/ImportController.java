package org.sapledger.app.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.property.DwellingType;
import org.sapledger.domain.property.ImportProperty;
import org.sapledger.sapxml.ImportMessage;
import org.sapledger.sapxml.ImportResult;
import org.sapledger.sapxml.SapXmlReader;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Imports EpcPropertyData: a SAP-Schema-19.1.0 file becomes a new property whose baseline is the file. The address,
 * postcode and property type come from the file's report header unless given as parameters; the climate region is
 * not in the file and defaults to 0 (UK average).
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Properties")
public class ImportController {

    private final CommandResponder commands;
    private final Ownership ownership;

    public ImportController(CommandResponder commands, Ownership ownership) {
        this.commands = commands;
        this.ownership = ownership;
    }

    @PostMapping(path = "/api/properties/import", consumes = {MediaType.APPLICATION_XML_VALUE,
            MediaType.TEXT_XML_VALUE})
    @Operation(summary = "Import a property from a SAP 10.2 XML file (SAP-Schema-19.1.0)",
            description = "Answers 201 {\"id\", \"version\", \"warnings\"}: warnings list what the file holds that "
                    + "the model does not use. Malformed XML is a 400 naming line and column; impossible values a "
                    + "400 naming the element.")
    public ResponseEntity<Object> importProperty(
            @RequestBody byte[] xml,
            @Parameter(description = "address line; default: the file's Address-Line-1")
            @RequestParam(required = false) String addressLine,
            @Parameter(description = "postcode; default: the file's Postcode")
            @RequestParam(required = false) String postcode,
            @Parameter(description = "SAP Appendix U climate region 0..21; default 0 (UK average)")
            @RequestParam(defaultValue = "0") int climateRegion,
            @Parameter(description = "built form; default: the file's Property-Type")
            @RequestParam(required = false) DwellingType dwellingType,
            @RequestParam(required = false) String reason,
            HttpServletRequest request) {
        if (!ClimateRegion.isValid(climateRegion)) {
            throw new InvalidBodyException("climateRegion", "must be between " + ClimateRegion.MIN_CODE + " and "
                    + ClimateRegion.MAX_CODE);
        }
        ImportResult imported = SapXmlReader.read(xml, new ClimateRegion(climateRegion));
        String propertyId = UUID.randomUUID().toString();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/properties/{id}")
                .buildAndExpand(propertyId).toUri();
        List<String> warnings = imported.warnings().stream().map(ImportMessage::toString).toList();
        ImportProperty command = new ImportProperty(propertyId, ownership.organisation(),
                required("addressLine", addressLine, imported.header().addressLine()),
                required("postcode", postcode, imported.header().postcode()),
                climateRegion,
                dwellingType != null ? dwellingType : imported.header().dwellingType().orElseThrow(() ->
                        notInFile("dwellingType")),
                imported.dwelling(), warnings);
        return commands.send(request, new String(xml, StandardCharsets.UTF_8), reason,
                HttpStatus.CREATED, location, command);
    }

    private static String required(String parameter, String given, Optional<String> fromFile) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        return fromFile.orElseThrow(() -> notInFile(parameter));
    }

    private static InvalidBodyException notInFile(String parameter) {
        return new InvalidBodyException(parameter, "is not in the file; give it as the " + parameter + " parameter");
    }
}
