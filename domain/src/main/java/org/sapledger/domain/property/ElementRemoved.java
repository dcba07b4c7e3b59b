package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.FabricElement;

/**
 * Event: a fabric element was removed from the baseline; {@code element} is what it was.
 */
@Revision("1")
public record ElementRemoved(String propertyId, FabricElement element) implements BaselineEvent {
}
