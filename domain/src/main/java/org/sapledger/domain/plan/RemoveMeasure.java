package org.sapledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Command: remove a measure from a scenario.
 */
public record RemoveMeasure(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion, String scenarioId, String measureId) {
}
