package org.sapledger.app.web;

import java.time.Duration;
import java.util.Optional;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.plan.FindPlanOwner;
import org.sapledger.domain.plan.FindScenarioOwner;
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
     * Returns once the worksheets of the property owning {@code subjectId} reflect {@code minVersion}; at once when
     * {@code minVersion} is null.
     *
     * @param kind what {@code subjectId} names (property, plan or scenario), for a 404
     * @throws UnknownEntityException    when no property owns {@code subjectId}
     * @throws InvalidBodyException      when {@code minVersion} is negative or beyond the property's latest version
     * @throws ProjectionBehindException when the worksheets do not reach it within the timeout
     */
    public void awaitVersion(String kind, String subjectId, Long minVersion) {
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
        long latest = latestVersionOfOwner(kind, subjectId);
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

    /** The latest version of the property that is, or owns, {@code subjectId}, from the event store. */
    private long latestVersionOfOwner(String kind, String subjectId) {
        Optional<Long> own = eventStore.lastSequenceNumberFor(subjectId);
        if (own.isPresent()) {
            return own.get();
        }
        Optional<String> owner = queries.query(new FindScenarioOwner(subjectId),
                ResponseTypes.optionalInstanceOf(String.class)).join();
        if (owner.isEmpty()) {
            owner = queries.query(new FindPlanOwner(subjectId), ResponseTypes.optionalInstanceOf(String.class)).join();
        }
        return owner.flatMap(eventStore::lastSequenceNumberFor)
                .orElseThrow(() -> new UnknownEntityException(kind, subjectId));
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
