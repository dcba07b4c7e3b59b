package org.sapledger.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sapledger.app.messaging.SharedTailCatchUp;
import org.sapledger.app.messaging.SharedTailPosition;

/**
 * The event store's shared tail, read through {@link BoundedReadAheadStorageEngine}: where it stands, and bringing it
 * forward after events arrived while nobody followed it.
 */
class SharedTailCatchUpTest {

    /** The threads the event store started: its tail's producer first, then its cleaner. */
    private final List<Thread> storeThreads = new CopyOnWriteArrayList<>();
    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final SharedTailPosition tail = new SharedTailPosition();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new BoundedReadAheadStorageEngine(storage, 10, tail))
            .cachedEvents(20)
            .fetchDelay(50)
            .cleanupDelay(50)
            .threadFactory(this::recordThread)
            .build();

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    @Test
    void theTailStandsStillWithoutFollowersAndIsBroughtForwardToAPosition() throws Exception {
        SharedTailCatchUp catchUp = new SharedTailCatchUp(store, tail, Duration.ofSeconds(5));
        assertThat(catchUp.catchUpTo(new GlobalSequenceTrackingToken(3)))
                .as("nothing read yet: nothing to bring forward").isTrue();
        try (BlockingStream<TrackedEventMessage<?>> follower = store.openStream(null)) {
            follower.hasNextAvailable(100, TimeUnit.MILLISECONDS);
            store.publish(events(0, 5));
            read(follower, 5);
        }
        await(() -> tail.newest().orElseThrow().equals(new GlobalSequenceTrackingToken(4)));
        // a read the producer began while the follower was still open may take what is appended next
        await(this::producerWaitsForData);

        // appended without the store (another instance, a bulk load) while nobody follows the tail
        storage.appendEvents(events(5, 105));
        Thread.sleep(300);
        assertThat(tail.newest()).contains(new GlobalSequenceTrackingToken(4));

        boolean reached = catchUp.catchUpTo(new GlobalSequenceTrackingToken(104));

        assertThat(reached).isTrue();
        assertThat(tail.newest().orElseThrow().covers(new GlobalSequenceTrackingToken(104))).isTrue();
    }

    @Test
    void aTailAlreadyPastThePositionIsLeftAlone() throws Exception {
        try (BlockingStream<TrackedEventMessage<?>> follower = store.openStream(null)) {
            follower.hasNextAvailable(100, TimeUnit.MILLISECONDS);
            store.publish(events(0, 5));
            read(follower, 5);
        }
        await(() -> tail.newest().isPresent());

        assertThat(new SharedTailCatchUp(store, tail, Duration.ofMillis(1))
                .catchUpTo(new GlobalSequenceTrackingToken(2))).isTrue();
    }

    /**
     * Reads {@code count} events from {@code follower}, each with a bounded wait, asked again until it comes. Axon's
     * tail consumer checks for the next event before it takes the lock it waits under, so a producer that appends and
     * signals in between goes unnoticed until the wait ends: {@code nextAvailable()}, which waits for
     * {@code Integer.MAX_VALUE} ms, then hung this test for good (seen once in a CI run).
     */
    private static void read(BlockingStream<TrackedEventMessage<?>> follower, int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!follower.hasNextAvailable(50, TimeUnit.MILLISECONDS)) {
                assertThat(System.nanoTime()).as("waited 5 s for event %d", i).isLessThan(deadline);
            }
            follower.nextAvailable();
        }
    }

    private Thread recordThread(Runnable task) {
        Thread thread = new Thread(task, "event-store-" + storeThreads.size());
        thread.setDaemon(true);
        storeThreads.add(thread);
        return thread;
    }

    /**
     * Whether the tail's producer sits between two reads, in its wait of {@code fetchDelay}: every read it starts from
     * then on sees that nobody follows the tail.
     */
    private boolean producerWaitsForData() {
        Thread producer = storeThreads.get(0);
        return Arrays.stream(producer.getStackTrace())
                .anyMatch(frame -> frame.getMethodName().equals("waitForData"));
    }

    private static List<EventMessage<?>> events(int from, int to) {
        return IntStream.range(from, to)
                .<EventMessage<?>>mapToObj(i -> GenericEventMessage.asEventMessage("event " + i))
                .toList();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
