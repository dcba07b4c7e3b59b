package org.sapledger.domain.property;

/**
 * Query: the summary of one property; answered with an {@code Optional<PropertySummary>}.
 *
 * @param propertyId the property's identifier
 */
public record FindPropertySummary(String propertyId) {
}
