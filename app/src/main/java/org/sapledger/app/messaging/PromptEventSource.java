package org.sapledger.app.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store as the source of the pooled streaming processors, with prompt wake-ups. Axon's pooled processor
 * polls a stream that cannot notify it every 500 ms, which would put up to half a second between a command and its
 * projection. This source tells the processor's coordinator to look for new events every {@code interval} (a
 * cheap, non-blocking check on the event store's in-memory tail), so a change reaches the read models within
 * milliseconds.
 */
public class PromptEventSource implements StreamableMessageSource<TrackedEventMessage<?>>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PromptEventSource.class);

    private final EventStore eventStore;
    private final Duration interval;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "prompt-event-source");
        thread.setDaemon(true);
        return thread;
    });

    public PromptEventSource(EventStore eventStore, Duration interval) {
        this.eventStore = eventStore;
        this.interval = interval;
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return new PromptStream(eventStore.openStream(trackingToken));
    }

    @Override
    public TrackingToken createTailToken() {
        return eventStore.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return eventStore.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return eventStore.createTokenAt(dateTime);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /** The event store's stream, with an availability callback run every {@code interval}. */
    private final class PromptStream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> delegate;
        private volatile ScheduledFuture<?> wakeUps;

        private PromptStream(BlockingStream<TrackedEventMessage<?>> delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return delegate.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return delegate.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return delegate.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            delegate.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            cancelWakeUps();
            long nanos = interval.toNanos();
            wakeUps = ticker.scheduleWithFixedDelay(() -> wakeUp(callback), nanos, nanos, TimeUnit.NANOSECONDS);
            return true;
        }

        @Override
        public void close() {
            cancelWakeUps();
            delegate.close();
        }

        /** Runs the callback; a failure must not end the periodic task, which would silence the processor. */
        private void wakeUp(Runnable callback) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                log.debug("Waking an event processor failed; trying again in {}", interval, e);
            }
        }

        private void cancelWakeUps() {
            ScheduledFuture<?> current = wakeUps;
            if (current != null) {
                current.cancel(false);
            }
        }
    }
}
