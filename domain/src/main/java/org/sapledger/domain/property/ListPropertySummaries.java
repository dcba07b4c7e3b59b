package org.sapledger.domain.property;

/**
 * Query: one page of an organisation's property summaries, newest registration first; answered with a
 * {@link PropertySummaryPage}.
 *
 * @param organisationId the organisation whose properties are listed
 * @param page zero-based page number
 * @param size page size
 */
public record ListPropertySummaries(String organisationId, int page, int size) {
}
