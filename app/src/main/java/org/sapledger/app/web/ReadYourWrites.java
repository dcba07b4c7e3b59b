package org.sapledger.app.web;

import java.time.Duration;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sapledger.domain.worksheet.FindWorksheetVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the worksheet reads: a query with {@code minVersion} (the version a command answered) waits,
 * for a bounded time, until the projection has applied that version of the property.
 *
 * <p>Only a version the property has reached is worth waiting for. When the projection is behind, the event store
 * says which version the property is at: an unknown subject is a 404 and a {@code minVersion} beyond the property's
 * latest version a 400, both at once, instead of a wait that ends in a 503 that no retry could ever cure.
 */
@Component
public class ReadYourWrites {

    private static final long POLL_MILLIS = 5;

    private final QueryGateway queries;
    private final EventStore eventStore;
    private final Duration timeout;

    public ReadYourWrites(QueryGateway queries, EventStore eventStore,
                          @Value("${sapledger.read-your-writes.timeout:2s}") Duration timeout) {
        this.queries = queries;
        this.eventStore = eventStore;
        this.timeout = timeout;
    }

    /**
     * Returns once the worksheets of {@code subjectId} reflect {@code minVersion}; at once when {@code minVersion} is
     * null.
     *
     * @param propertyId the property that is, or holds, {@code subjectId}, already checked to be the caller's
     *                   ({@link Ownership})
     * @param subjectId  the property, plan or scenario read
     * @throws InvalidBodyException      when {@code minVersion} is negative or beyond the property's latest version
     * @throws ProjectionBehindException when the worksheets do not reach it within the timeout
     */
    public void awaitVersion(String propertyId, String subjectId, Long minVersion) {
        if (minVersion == null) {
            return;
        }
        if (minVersion < 0) {
            throw new InvalidBodyException("minVersion", "must be 0 or more");
        }
        long reached = reachedVersion(subjectId);
        if (reached >= minVersion) {
            return;
        }
        long latest = eventStore.lastSequenceNumberFor(propertyId).orElse(-1L);
        if (minVersion > latest) {
            throw new InvalidBodyException("minVersion", "must be at most the property's latest version, " + latest);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (reached < minVersion) {
            if (System.nanoTime() >= deadline) {
                throw new ProjectionBehindException(reached, minVersion);
            }
            sleep();
            reached = reachedVersion(subjectId);
        }
    }

    private long reachedVersion(String subjectId) {
        return queries.query(new FindWorksheetVersion(subjectId), ResponseTypes.optionalInstanceOf(Long.class))
                .join().orElse(-1L);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read model", e);
        }
    }
}
