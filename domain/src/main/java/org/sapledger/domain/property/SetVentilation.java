package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sapledger.domain.dwelling.Ventilation;

/**
 * Command: replace the ventilation inputs.
 */
public record SetVentilation(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion, Ventilation ventilation) {
}
