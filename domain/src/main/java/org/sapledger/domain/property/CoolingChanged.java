package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.Cooling;

/**
 * Event: the fixed air conditioning was changed.
 */
@Revision("1")
public record CoolingChanged(String propertyId, Cooling before, Cooling after) implements BaselineEvent {
}
