package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.Cooling;

/**
 * Event: the fixed air conditioning was removed; {@code before} is what it was.
 */
@Revision("1")
public record CoolingRemoved(String propertyId, Cooling before) implements BaselineEvent {
}
