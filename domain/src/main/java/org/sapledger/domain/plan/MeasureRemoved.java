package org.sapledger.domain.plan;

import org.axonframework.serialization.Revision;

/**
 * Event: a measure was removed from a scenario; {@code measure} is what it was.
 */
@Revision("1")
public record MeasureRemoved(String propertyId, String planId, String scenarioId, String measureId, Measure measure) {
}
