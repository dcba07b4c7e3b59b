package org.sapledger.app.web;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import org.sapledger.command.InvalidCommandException;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.CoolingEnergyClass;

/**
 * Body of {@code PUT /api/properties/{id}/cooling} and of a {@code SET_COOLING} measure: the cooled area and either
 * a declared SEER or an energy class, never both.
 */
@Schema(description = "Fixed air conditioning: cooledArea and either seer or energyClass")
public record CoolingRequest(
        @Schema(example = "40.0", description = "cooled floor area, m²") Double cooledArea,
        @Schema(example = "5.1", description = "declared seasonal energy efficiency ratio") Double seer,
        @Schema(example = "A+", description = "energy class: A+++, A++, A+, A, B, C, D, E, F, G, ND or Unknown")
        String energyClass,
        @Schema(description = "why; recorded on the event (else the X-Reason header)") String reason) {

    /** The cooling this request describes; a 400 naming each missing or conflicting member (both of a pair). */
    Cooling toCooling() {
        if (cooledArea == null) {
            throw new InvalidBodyException("cooledArea", "is required");
        }
        if ((seer == null) == (energyClass == null)) {
            String detail = "give either seer or energyClass, not both and not neither";
            throw new InvalidCommandException(List.of(new InvalidCommandException.FieldError("seer", detail),
                    new InvalidCommandException.FieldError("energyClass", detail)));
        }
        if (seer != null) {
            return new Cooling(cooledArea, new CoolingEfficiency.DeclaredSeer(seer));
        }
        Optional<CoolingEnergyClass> energy = CoolingEnergyClass.fromCode(energyClass);
        return new Cooling(cooledArea, new CoolingEfficiency.EnergyClass(energy.orElseThrow(() ->
                new InvalidBodyException("energyClass",
                        "must be one of A+++, A++, A+, A, B, C, D, E, F, G, ND, Unknown"))));
    }
}
