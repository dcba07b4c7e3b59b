package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.FabricElement;

/**
 * Event: a fabric element was added to the baseline.
 */
@Revision("1")
public record ElementAdded(String propertyId, FabricElement element) implements BaselineEvent {
}
