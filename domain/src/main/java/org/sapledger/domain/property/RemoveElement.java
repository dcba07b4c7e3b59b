package org.sapledger.domain.property;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Command: remove a fabric element; a wall or roof that holds openings is removed only with {@code withOpenings},
 * which removes them too.
 */
public record RemoveElement(@TargetAggregateIdentifier String propertyId,
        @TargetAggregateVersion Long expectedVersion, String elementId, boolean withOpenings) {
}
