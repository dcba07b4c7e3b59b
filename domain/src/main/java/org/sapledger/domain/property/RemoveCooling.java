package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Command: remove the fixed air conditioning.
 */
public record RemoveCooling(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion) {
}
