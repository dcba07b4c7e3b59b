package org.sapledger.domain.property;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.Storey;

/**
 * Event: the storeys (floor area and height of each, lines (1)–(3)) were replaced.
 */
@Revision("1")
public record StoreysChanged(String propertyId, List<Storey> before, List<Storey> after) implements BaselineEvent {
}
