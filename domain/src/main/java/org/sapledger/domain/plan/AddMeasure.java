package org.sapledger.domain.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Command: append a measure to a scenario; it applies after the scenario's earlier measures.
 */
public record AddMeasure(@TargetAggregateIdentifier String propertyId, @TargetAggregateVersion Long expectedVersion,
        String scenarioId, String measureId, Measure measure) {
}
