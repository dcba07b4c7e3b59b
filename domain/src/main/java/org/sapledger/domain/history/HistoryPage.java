package org.sapledger.domain.history;

import java.util.List;

/**
 * One page of a property's history, oldest event first.
 *
 * @param propertyId    the property
 * @param items         the events on this page
 * @param page          zero-based page number
 * @param size          requested page size
 * @param totalElements number of events in all
 */
public record HistoryPage(String propertyId, List<HistoryEntry> items, int page, int size, long totalElements) {

    public HistoryPage {
        items = List.copyOf(items);
    }
}
