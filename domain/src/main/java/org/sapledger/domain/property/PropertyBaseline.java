package org.sapledger.domain.property;

import org.sapledger.domain.dwelling.Dwelling;

/**
 * Read model: a property's baseline dwelling as of a version of the property.
 *
 * @param propertyId the property's identifier
 * @param version    the version of the property aggregate it reflects
 * @param baseline   the baseline dwelling
 */
public record PropertyBaseline(String propertyId, long version, Dwelling baseline) {
}
