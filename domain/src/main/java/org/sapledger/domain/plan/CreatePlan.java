package org.sapledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Command: start a retrofit plan for the property; plan names are unique within a property.
 */
public record CreatePlan(@TargetAggregateIdentifier String propertyId, @TargetAggregateVersion Long expectedVersion,
        String planId, String name) {
}
