package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.Cooling;

/**
 * Event: fixed air conditioning was installed (cooled area, SEER or energy class).
 */
@Revision("1")
public record CoolingInstalled(String propertyId, Cooling cooling) implements BaselineEvent {
}
