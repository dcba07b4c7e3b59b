package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.FabricElement;

/**
 * Event: a fabric element of the baseline was changed; {@code before} and {@code after} share the id.
 */
@Revision("1")
public record ElementChanged(String propertyId, String elementId, FabricElement before, FabricElement after)
        implements BaselineEvent {
}
