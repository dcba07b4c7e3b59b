package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;

/**
 * Event: the property's Appendix U climate region was changed.
 */
@Revision("1")
public record ClimateRegionChanged(String propertyId, int before, int after) implements BaselineEvent {
}
