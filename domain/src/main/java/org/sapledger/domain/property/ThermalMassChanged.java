package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.ThermalMass;

/**
 * Event: the thermal mass (line (35)) was replaced.
 */
@Revision("1")
public record ThermalMassChanged(String propertyId, ThermalMass before, ThermalMass after) implements BaselineEvent {
}
