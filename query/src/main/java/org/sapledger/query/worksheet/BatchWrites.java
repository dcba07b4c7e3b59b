package org.sapledger.query.worksheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.sapledger.calc.CalculationBasis;

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
    /** The properties of the batch's events, whose applied versions are read together. */
    private final Set<String> batchProperties;
    private Map<String, Long> appliedVersions;

    private BatchWrites(WorksheetStore store, Map<String, PropertyWorksheets> recent, boolean immediate,
                        Set<String> batchProperties) {
        this.store = store;
        this.recent = recent;
        this.immediate = immediate;
        this.batchProperties = batchProperties;
    }

    /** The writes of the current unit of work (the processor's batch); written at once outside of one. */
    static BatchWrites current(WorksheetStore store, Map<String, PropertyWorksheets> recent) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new BatchWrites(store, recent, true, Set.of());
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(RESOURCE, key -> {
            BatchWrites writes = new BatchWrites(store, recent, false, propertiesOf(batch));
            batch.onPrepareCommit(u -> writes.write());
            batch.afterCommit(u -> writes.publish());
            return writes;
        });
    }

    /**
     * The properties of a processor batch's events: every event comes from a property aggregate, so its aggregate
     * identifier is the property (read without deserialising the event).
     */
    private static Set<String> propertiesOf(UnitOfWork<?> batch) {
        if (!(batch instanceof BatchingUnitOfWork<?> batching)) {
            return Set.of();
        }
        Set<String> properties = new HashSet<>();
        for (Object message : batching.getMessages()) {
            if (message instanceof DomainEventMessage<?> event && event.getAggregateIdentifier() != null) {
                properties.add(event.getAggregateIdentifier());
            }
        }
        return properties;
    }

    /**
     * The property version {@code worksheet_version} records (empty before the projection has seen the property),
     * as committed before this batch. For the batch's own properties, read for all of them in one query at first
     * need rather than one query per event.
     */
    Optional<Long> appliedVersion(String propertyId) {
        if (!batchProperties.contains(propertyId)) {
            return store.version(propertyId);
        }
        if (appliedVersions == null) {
            appliedVersions = store.versions(batchProperties);
        }
        return Optional.ofNullable(appliedVersions.get(propertyId));
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

    /**
     * Writes every changed worksheet on both bases (a subject's bases are stored together; the store refuses a
     * subject without both) and the versions.
     */
    private void write() {
        List<WorksheetState> states = new ArrayList<>();
        for (PropertyWorksheets worksheets : pending.values()) {
            Set<String> subjects = new LinkedHashSet<>();
            changed.get(worksheets.propertyId()).forEach(key -> subjects.add(key.subjectId()));
            for (String subject : subjects) {
                for (CalculationBasis basis : CalculationBasis.values()) {
                    worksheets.get(subject, basis).ifPresent(states::add);
                }
            }
        }
        Map<String, RatingLinesBase> newBases = store.saveAll(states);
        store.setVersions(pending.values());
        if (!newBases.isEmpty()) {
            // the worksheets kept in memory after the commit must know the base their rows now hold
            pending.replaceAll((propertyId, worksheets) -> worksheets.withRatingBases(newBases));
        }
    }

    private void publish() {
        recent.putAll(pending);
    }
}
