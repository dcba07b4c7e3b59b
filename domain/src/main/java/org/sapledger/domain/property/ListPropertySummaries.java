package org.sapledger.domain.property;

/**
 * Query: one page of property summaries, newest registration first; answered with a {@link PropertySummaryPage}.
 *
 * @param page zero-based page number
 * @param size page size
 */
public record ListPropertySummaries(int page, int size) {
}
