package org.sapledger.domain.tenancy;

/**
 * Query: the organisation that owns a property; answered with an {@code Optional<String>}, empty when no property
 * has this id.
 *
 * @param propertyId the property's identifier
 */
public record FindPropertyOrganisation(String propertyId) {
}
