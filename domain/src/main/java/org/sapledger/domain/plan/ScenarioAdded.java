package org.sapledger.domain.plan;

import org.axonframework.serialization.Revision;

/**
 * Event: a scenario was added to a plan.
 */
@Revision("1")
public record ScenarioAdded(String propertyId, String planId, String scenarioId, String name) {
}
