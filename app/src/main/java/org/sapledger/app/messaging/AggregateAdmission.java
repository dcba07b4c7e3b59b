package org.sapledger.app.messaging;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets one command per property into the command bus at a time (per node), in arrival order.
 *
 * <p>Why: Axon opens a command's transaction, and so takes a pooled connection, before it locks the aggregate. Fifty
 * concurrent commands on one property therefore held every connection while waiting for that lock, and the lock
 * holder, needing one more connection after its commit (to store a snapshot), waited for them: the pool's
 * 30-second timeout broke the deadlock with 500 answers. Waiting here, before the bus, holds no connection.
 * Properties are spread over a fixed set of fair locks, so memory stays bounded; two properties that share a lock
 * only queue behind each other.
 */
@Component
public class AggregateAdmission {

    private static final int STRIPES = 1024;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final long timeoutMillis;

    public AggregateAdmission(@Value("${sapledger.commands.admission-timeout:20s}") java.time.Duration timeout) {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
        this.timeoutMillis = timeout.toMillis();
    }

    /**
     * Runs {@code command} once no other command on the same property runs on this node.
     *
     * @throws PropertyBusyException when the property stays busy for longer than the admission timeout
     */
    public <T> T admit(String propertyId, Supplier<T> command) {
        ReentrantLock lock = locks[Math.floorMod(propertyId == null ? 0 : propertyId.hashCode(), STRIPES)];
        try {
            if (!lock.tryLock(timeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new PropertyBusyException(propertyId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PropertyBusyException(propertyId);
        }
        try {
            return command.get();
        } finally {
            lock.unlock();
        }
    }

    /** The property had too many commands queued to take another in time; answered 503 with Retry-After. */
    public static class PropertyBusyException extends RuntimeException {
        public PropertyBusyException(String propertyId) {
            super("property " + propertyId + " is busy with other changes; retry shortly");
        }
    }
}
