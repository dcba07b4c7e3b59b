package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;

/**
 * Event: the property's postcode was changed.
 */
@Revision("1")
public record PostcodeChanged(String propertyId, String before, String after) {
}
