package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sapledger.domain.dwelling.Cooling;

/**
 * Command: install or change fixed air conditioning.
 */
public record SetCooling(@TargetAggregateIdentifier String propertyId, @TargetAggregateVersion Long expectedVersion,
        Cooling cooling) {
}
