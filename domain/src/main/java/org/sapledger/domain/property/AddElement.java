package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sapledger.domain.dwelling.FabricElement;

/**
 * Command: add a fabric element to the baseline; its id must be new.
 */
public record AddElement(@TargetAggregateIdentifier String propertyId, @TargetAggregateVersion Long expectedVersion,
        FabricElement element) {
}
