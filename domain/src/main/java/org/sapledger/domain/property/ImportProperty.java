package org.sapledger.domain.property;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * Command: register a property whose baseline comes from imported survey data.
 */
public record ImportProperty(@TargetAggregateIdentifier String propertyId, String organisationId,
        String addressLine, String postcode, int climateRegion, DwellingType dwellingType, Dwelling baseline, List<String> warnings) {
}
