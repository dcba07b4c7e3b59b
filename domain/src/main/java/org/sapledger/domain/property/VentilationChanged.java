package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.Ventilation;

/**
 * Event: the ventilation inputs (section 2) were replaced.
 */
@Revision("1")
public record VentilationChanged(String propertyId, Ventilation before, Ventilation after) implements BaselineEvent {
}
