package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sapledger.domain.dwelling.FabricElement;

/**
 * Command: replace the fabric element with the same id.
 */
public record ChangeElement(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion, FabricElement element) {
}
