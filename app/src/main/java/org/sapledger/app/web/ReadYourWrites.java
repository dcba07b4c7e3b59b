package org.sapledger.app.web;

import java.time.Duration;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sapledger.domain.worksheet.FindWorksheetVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for the worksheet reads: a query with {@code minVersion} (the version a command answered) waits,
 * for a bounded time, until the projection has applied that version of the property.
 */
@Component
public class ReadYourWrites {

    private static final long POLL_MILLIS = 5;

    private final QueryGateway queries;
    private final Duration timeout;

    public ReadYourWrites(QueryGateway queries,
                          @Value("${sapledger.read-your-writes.timeout:2s}") Duration timeout) {
        this.queries = queries;
        this.timeout = timeout;
    }

    /**
     * Returns once the worksheets of the property owning {@code subjectId} reflect {@code minVersion}; at once when
     * {@code minVersion} is null.
     *
     * @throws ProjectionBehindException when they do not within the timeout
     */
    public void awaitVersion(String subjectId, Long minVersion) {
        if (minVersion == null) {
            return;
        }
        if (minVersion < 0) {
            throw new InvalidBodyException("minVersion", "must be 0 or more");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long reached = -1;
        while (true) {
            reached = queries.query(new FindWorksheetVersion(subjectId),
                    ResponseTypes.optionalInstanceOf(Long.class)).join().orElse(-1L);
            if (reached >= minVersion) {
                return;
            }
            if (System.nanoTime() >= deadline) {
                throw new ProjectionBehindException(reached, minVersion);
            }
            sleep();
        }
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
