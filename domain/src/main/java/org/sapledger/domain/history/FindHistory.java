package org.sapledger.domain.history;

/**
 * Query: one page of a property's events (its plans' and scenarios' included), oldest first; answered with an
 * {@code Optional<HistoryPage>}, empty for an unknown property.
 *
 * @param propertyId the property
 * @param page       zero-based page number
 * @param size       page size
 */
public record FindHistory(String propertyId, int page, int size) {
}
