package org.sapledger.app.config;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC storage engine, reading each event's stored time once. Axon's engine keeps the time of an event it
 * reads as text and parses it whenever it is asked for it, first of all for every event it reads to decide whether
 * a gap before it may still fill ({@link StoredTimestamps}: that parsing was a fifth of a rebuild's reading thread).
 * Here the time is parsed once, as the row is read, and kept with the event; the tracking tokens, gaps included,
 * are worked out exactly as Axon's engine does, with the gap settings this class sets on the builder.
 */
final class EventTableStorageEngine extends JdbcEventStorageEngine {

    /** Axon's default: gaps more than this many positions behind the newest event are given up. */
    static final int MAX_GAP_OFFSET = 10_000;
    /** Axon's default: the first position the event table hands out. */
    static final long LOWEST_GLOBAL_SEQUENCE = 1;
    /** Axon's default: a gap behind an event older than this is not waited for (ms). */
    static final int GAP_TIMEOUT_MILLIS = 60_000;

    private EventTableStorageEngine(Builder builder) {
        super(builder);
    }

    /** The engine the builder describes, with the gap settings above. */
    static EventTableStorageEngine build(Builder builder) {
        return new EventTableStorageEngine(builder
                .maxGapOffset(MAX_GAP_OFFSET)
                .lowestGlobalSequence(LOWEST_GLOBAL_SEQUENCE)
                .gapTimeout(GAP_TIMEOUT_MILLIS));
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        String storedTime = readTimeStamp(resultSet, schema.timestampColumn()).toString();
        Instant time = StoredTimestamps.parse(storedTime);
        EntryWithTime<?> event = new EntryWithTime<>(
                resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()),
                eventIdentifier,
                storedTime,
                time,
                resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
        return new TrackedDomainEventData<>(nextToken(previousToken, globalSequence, time), event);
    }

    /** The token after the event at {@code globalSequence}, as Axon's engine works it out. */
    private static GapAwareTrackingToken nextToken(GapAwareTrackingToken previousToken, long globalSequence,
                                                   Instant time) {
        boolean allowGaps = time.isAfter(GenericEventMessage.clock.instant().minusMillis(GAP_TIMEOUT_MILLIS));
        if (previousToken == null) {
            return GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? LongStream.range(Math.min(LOWEST_GLOBAL_SEQUENCE, globalSequence), globalSequence).boxed()
                            .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        }
        return previousToken.advanceTo(globalSequence, allowGaps ? MAX_GAP_OFFSET : 0);
    }

    /** A stored event whose time was parsed when it was read. */
    private static final class EntryWithTime<T> extends GenericDomainEventEntry<T> {

        private final Instant time;

        EntryWithTime(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                      String storedTime, Instant time, String payloadType, String payloadRevision, T payload,
                      T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedTime, payloadType,
                    payloadRevision, payload, metaData);
            this.time = time;
        }

        @Override
        public Instant getTimestamp() {
            return time;
        }
    }
}
