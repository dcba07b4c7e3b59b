package org.sapledger.domain.plan;

import org.axonframework.serialization.Revision;

/**
 * Event: a retrofit plan was started for the property.
 */
@Revision("1")
public record PlanCreated(String propertyId, String planId, String name) {
}
