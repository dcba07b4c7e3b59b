package org.sapledger.app.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sapledger.command.property.PropertyAggregate;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.property.DwellingType;
import org.sapledger.domain.property.Postcode;

/**
 * Body of {@code POST /api/properties}. Checked here so that every bad field is named in one answer; the
 * aggregate checks the same rules again (shared constants) before anything is stored.
 */
public record RegisterPropertyRequest(
        @Schema(example = "1 High Street, Loughborough")
        @NotBlank @Size(max = PropertyAggregate.MAX_ADDRESS_LENGTH)
        String addressLine,

        @Schema(example = "LE11 3TU")
        @NotBlank @Pattern(regexp = Postcode.REGEX, message = "must be a UK postcode such as LE11 3TU")
        String postcode,

        @Schema(example = "0", description = "SAP Appendix U climate region: 0 UK average, 1..21 regions")
        @NotNull @Min(ClimateRegion.MIN_CODE) @Max(ClimateRegion.MAX_CODE)
        Integer climateRegion,

        @Schema(example = "HOUSE")
        @NotNull(message = "must be one of HOUSE, BUNGALOW, FLAT, MAISONETTE, PARK_HOME")
        DwellingType dwellingType,

        @Schema(description = "why the property is registered; recorded on the event (else the X-Reason header)")
        @Size(max = JsonBodies.MAX_REASON_LENGTH)
        String reason) {
}
