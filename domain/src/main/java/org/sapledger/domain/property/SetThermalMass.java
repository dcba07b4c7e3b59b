package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.sapledger.domain.dwelling.ThermalMass;

/**
 * Command: replace the thermal mass.
 */
public record SetThermalMass(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion, ThermalMass thermalMass) {
}
