package org.sapledger.domain.property;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sapledger.domain.dwelling.Storey;

/**
 * Command: replace the storeys (floor area and storey height of each).
 */
public record SetStoreys(@TargetAggregateIdentifier String propertyId, @TargetAggregateVersion Long expectedVersion,
        List<Storey> storeys) {
}
