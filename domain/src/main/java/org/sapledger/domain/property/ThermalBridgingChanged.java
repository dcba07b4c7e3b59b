package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.ThermalBridging;

/**
 * Event: the thermal bridging (y-value or ψ·L list, line (36)) was replaced.
 */
@Revision("1")
public record ThermalBridgingChanged(String propertyId, ThermalBridging before, ThermalBridging after)
        implements BaselineEvent {
}
