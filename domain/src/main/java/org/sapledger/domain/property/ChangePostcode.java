package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Command: change the postcode.
 */
public record ChangePostcode(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion, String postcode) {
}
