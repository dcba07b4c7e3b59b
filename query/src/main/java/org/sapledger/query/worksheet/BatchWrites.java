package org.sapledger.query.worksheet;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The worksheets one batch of events has changed, written when the batch commits: per property its final
 * worksheets (only those some event changed) and its version, in one JDBC batch. The in-memory copy of recent
 * properties is refreshed only after the commit, so a rolled-back batch leaves nothing behind.
 */
final class BatchWrites {

    private static final String RESOURCE = BatchWrites.class.getName();

    private final WorksheetStore store;
    private final Map<String, PropertyWorksheets> recent;
    private final Map<String, PropertyWorksheets> pending = new LinkedHashMap<>();
    private final Map<String, Set<PropertyWorksheets.Key>> changed = new LinkedHashMap<>();

    private final boolean immediate;

    private BatchWrites(WorksheetStore store, Map<String, PropertyWorksheets> recent, boolean immediate) {
        this.store = store;
        this.recent = recent;
        this.immediate = immediate;
    }

    /** The writes of the current unit of work (the processor's batch); written at once outside of one. */
    static BatchWrites current(WorksheetStore store, Map<String, PropertyWorksheets> recent) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new BatchWrites(store, recent, true);
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            BatchWrites writes = new BatchWrites(store, recent, false);
            batch.onPrepareCommit(u -> writes.write());
            batch.afterCommit(u -> writes.publish());
            return writes;
        });
    }

    /** The property's worksheets as this batch has left them so far, or null. */
    PropertyWorksheets pending(String propertyId) {
        return pending.get(propertyId);
    }

    /** Records the property's worksheets after an event; {@code keys} are those the event changed. */
    void put(PropertyWorksheets worksheets, Set<PropertyWorksheets.Key> keys) {
        pending.put(worksheets.propertyId(), worksheets);
        changed.computeIfAbsent(worksheets.propertyId(), id -> new LinkedHashSet<>()).addAll(keys);
        if (immediate) {
            write();
            publish();
            pending.clear();
            changed.clear();
        }
    }

    private void write() {
        store.saveAll(pending.values().stream()
                .flatMap(worksheets -> changed.get(worksheets.propertyId()).stream()
                        .map(key -> worksheets.worksheets().get(key)))
                .toList());
        store.setVersions(pending.values());
    }

    private void publish() {
        recent.putAll(pending);
    }
}
