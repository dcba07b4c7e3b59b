package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Command: register a new property (a dwelling) whose retrofit is to be planned.
 *
 * @param propertyId     the identifier chosen for the new property
 * @param organisationId the organisation that will own it (the caller's)
 * @param addressLine   the first line of the address, free text
 * @param postcode      the UK postcode
 * @param climateRegion the SAP Appendix U climate region, 0..21
 * @param dwellingType  the built form
 */
public record RegisterProperty(
        @TargetAggregateIdentifier String propertyId,
        String organisationId,
        String addressLine,
        String postcode,
        int climateRegion,
        DwellingType dwellingType) {
}
