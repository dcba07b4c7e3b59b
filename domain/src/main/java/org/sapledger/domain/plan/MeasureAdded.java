package org.sapledger.domain.plan;

import org.axonframework.serialization.Revision;

/**
 * Event: a measure was appended to a scenario.
 */
@Revision("1")
public record MeasureAdded(String propertyId, String planId, String scenarioId, String measureId, Measure measure) {
}
