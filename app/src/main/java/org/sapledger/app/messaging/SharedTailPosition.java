package org.sapledger.app.messaging;

import java.util.Optional;

import org.axonframework.eventhandling.TrackingToken;

/**
 * How far the event store's shared tail has read: the token of the newest event its producer has taken from the
 * storage engine. The tail's producer reads only while some processor follows the tail, so after every processor
 * was stopped (a rebuild) it stays where it was; a processor started again at a later position then finds its
 * position nowhere in the tail and reads on its own stream, a query on every poll, until the tail has caught up.
 * Knowing where the tail stands lets a rebuild bring it forward (see {@code ProjectionRebuilder}).
 */
public final class SharedTailPosition {

    private volatile TrackingToken newest;

    /** Records the token of an event the tail's producer has just read. */
    public void readUpTo(TrackingToken token) {
        newest = token;
    }

    /** The token of the newest event the tail has read; empty before it has read any. */
    public Optional<TrackingToken> newest() {
        return Optional.ofNullable(newest);
    }
}
