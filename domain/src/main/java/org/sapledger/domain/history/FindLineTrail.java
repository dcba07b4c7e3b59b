package org.sapledger.domain.history;

/**
 * Query: how one worksheet line of a property's baseline came to be: its value after each event; answered with an
 * {@code Optional<LineTrail>}, empty for an unknown property.
 *
 * @param propertyId the property
 * @param line       the worksheet line key, e.g. {@code 107}, {@code 107_total}, {@code 39}
 * @param basis      RATING or LOCAL
 */
public record FindLineTrail(String propertyId, String line, String basis) {
}
