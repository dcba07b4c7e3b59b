package org.sapledger.domain.property;

import java.util.List;

/**
 * One page of property summaries.
 *
 * @param items         the summaries on this page
 * @param page          zero-based page number
 * @param size          requested page size
 * @param totalElements number of properties in all
 */
public record PropertySummaryPage(List<PropertySummary> items, int page, int size, long totalElements) {

    public PropertySummaryPage {
        items = List.copyOf(items);
    }
}
