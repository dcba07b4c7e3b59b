package org.sapledger.domain.property;

/**
 * Query: a property's current baseline dwelling; answered with an {@code Optional<PropertyBaseline>}.
 *
 * @param propertyId the property's identifier
 */
public record FindBaseline(String propertyId) {
}
