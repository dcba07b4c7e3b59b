package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sapledger.domain.dwelling.ThermalBridging;

/**
 * Command: replace the thermal bridging.
 */
public record SetThermalBridging(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion, ThermalBridging thermalBridging) {
}
