package org.sapledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Command: add a named scenario to a plan; scenario names are unique within a plan.
 */
public record AddScenario(@TargetAggregateIdentifier String propertyId, @TargetAggregateVersion Long expectedVersion,
        String planId, String scenarioId, String name) {
}
