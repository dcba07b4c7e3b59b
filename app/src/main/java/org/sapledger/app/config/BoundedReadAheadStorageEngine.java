package org.sapledger.app.config;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.sapledger.app.messaging.SharedTailPosition;

/**
 * The event storage as the embedded event store's shared tail sees it: its producer's reads
 * ({@code readEvents(token, mayBlock = true)}, the only blocking reads) end after {@code readAhead} events, and the
 * producer starts the next one at once.
 *
 * <p>Why: Axon's producer reads from its position to the head in one pass and, for the whole pass, keeps every
 * event it read reachable (it remembers the newest node from before the pass). After a large backlog appeared —
 * the 1,000,000 events of the rebuild benchmark, a bulk load, another instance's burst — it held ≈ 300,000 events
 * ({@code jmap -histo}: 293,901 {@code EmbeddedEventStore$Node}s), ran out of a 512 MB heap and stalled the rebuild.
 * Passes of {@code readAhead} events bound that, while processors that keep up still share one read and one
 * deserialisation of each event (Axon's other remedy, {@code optimizeEventConsumption(false)}, gives each
 * processor its own stream and so reads and deserialises every event once per processor). Every other read passes
 * straight through. The token of the newest event the producer read is kept in a {@link SharedTailPosition}.
 */
final class BoundedReadAheadStorageEngine implements EventStorageEngine {

    private final EventStorageEngine delegate;
    private final int readAhead;
    private final SharedTailPosition tail;

    /** Records in {@code tail} the newest event the producer has read. */
    BoundedReadAheadStorageEngine(EventStorageEngine delegate, int readAhead, SharedTailPosition tail) {
        this.delegate = delegate;
        this.readAhead = readAhead;
        this.tail = tail;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = delegate.readEvents(trackingToken, mayBlock);
        return mayBlock ? events.limit(readAhead).peek(event -> tail.readUpTo(event.trackingToken())) : events;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        delegate.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
