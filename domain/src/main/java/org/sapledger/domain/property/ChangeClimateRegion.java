package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Command: change the Appendix U climate region.
 */
public record ChangeClimateRegion(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion, int climateRegion) {
}
