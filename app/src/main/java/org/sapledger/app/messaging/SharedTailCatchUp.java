package org.sapledger.app.messaging;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the event store's shared tail forward to a position, by following it from its newest event.
 *
 * <p>Axon's embedded event store reads new events once for every processor that follows its tail; its producer reads
 * only while some processor does. A processor started at a position the tail has not reached (after a rebuild, or
 * events appended elsewhere while every processor was stopped) cannot find its position in the tail: it reads on
 * its own stream, and tries the tail again on every poll, a query each time. The producer moves on only when a fetch
 * happens to fall in the instant such a processor is back on the tail, so a large backlog can keep the processors
 * off it for minutes. Following the tail from its newest event keeps one reader on it; the producer reads on until
 * it has passed the position, and the processors find their position in it again.
 */
public class SharedTailCatchUp {

    private static final Logger log = LoggerFactory.getLogger(SharedTailCatchUp.class);
    /** How long one wait for the tail's next event lasts. */
    private static final int STEP_MILLIS = 20;
    /** How long the tail may stand still before the follower starts again from its newest event. */
    private static final long STALL_MILLIS = 300;

    private final EventStore eventStore;
    private final SharedTailPosition tail;
    private final Duration patience;

    /**
     * @param patience how long to wait for the tail's next event before leaving the rest to the processors
     */
    public SharedTailCatchUp(EventStore eventStore, SharedTailPosition tail, Duration patience) {
        this.eventStore = eventStore;
        this.tail = tail;
        this.patience = patience;
    }

    /**
     * Follows the tail until it has read the event at {@code position} (at once when it has, or has read nothing
     * yet: its producer then starts at the first follower's position). Returns whether the tail has reached it.
     */
    public boolean catchUpTo(TrackingToken position) {
        TrackingToken newest = tail.newest().orElse(null);
        if (newest == null || newest.covers(position)) {
            return true;
        }
        long start = System.nanoTime();
        long followed = 0;
        long lastMoveAt = System.nanoTime();
        try {
            while (!reached(position)) {
                TrackingToken from = tail.newest().orElseThrow();
                followed += follow(from, position);
                if (!tail.newest().orElseThrow().equals(from)) {
                    lastMoveAt = System.nanoTime();
                } else if (System.nanoTime() - lastMoveAt > patience.toNanos()) {
                    log.warn("The event store's shared tail did not move for {}; its followers read on their own"
                            + " streams until it catches up", patience);
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return reached(position);
        }
        log.info("Brought the event store's shared tail forward: followed {} events in {} ms", followed,
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /**
     * Follows the tail from its newest event {@code from}, while it moves: a follower that falls more than the tail's
     * cache behind is moved to a stream of its own by the event store, and the tail then stops; the caller starts
     * again from the tail's newest event. Returns the events followed.
     */
    private long follow(TrackingToken from, TrackingToken position) throws InterruptedException {
        long followed = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(from)) {
            TrackingToken seen = from;
            long seenAt = System.nanoTime();
            while (!reached(position)) {
                if (stream.hasNextAvailable(STEP_MILLIS, TimeUnit.MILLISECONDS)) {
                    stream.nextAvailable();
                    followed++;
                }
                TrackingToken newest = tail.newest().orElseThrow();
                if (!newest.equals(seen)) {
                    seen = newest;
                    seenAt = System.nanoTime();
                } else if (System.nanoTime() - seenAt > TimeUnit.MILLISECONDS.toNanos(STALL_MILLIS)) {
                    break;
                }
            }
        }
        return followed;
    }

    private boolean reached(TrackingToken position) {
        return tail.newest().map(newest -> newest.covers(position)).orElse(false);
    }
}
