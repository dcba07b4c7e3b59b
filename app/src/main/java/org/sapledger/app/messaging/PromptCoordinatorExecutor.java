package org.sapledger.app.messaging;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.AxonThreadFactory;

/**
 * The thread of a pooled processor's coordinator (the task that reads the event stream and hands each event to the
 * work package of its segment), with Axon's short waits made shorter.
 *
 * <p>Why: a work package buffers at most 1,024 events. When one is full at the end of a pass, Axon 4's coordinator
 * schedules its next pass 100 ms later, and nothing brings that pass forward when the package drains (its
 * availability callback is ignored while a pass is scheduled). With a backlog (a rebuild, a catch-up) the workers
 * empty their buffers well within 100 ms and then waited for the coordinator: in the 1,000,000-event rebuild the
 * worksheets' workers used ≈ 40% of a core while the machine had a quarter of its CPU to spare.
 *
 * <p>Every delay shorter than {@link #LONG_WAIT} (Axon 4.13 uses 100 ms for "no space", and 0 for "at once") is
 * replaced by {@code spacePoll}, so the coordinator looks for space again that soon (a pass that finds none costs
 * microseconds). Longer delays, Axon's idle, claim and error back-off waits (500 ms and more), are left alone.
 */
public class PromptCoordinatorExecutor extends ScheduledThreadPoolExecutor {

    /** Delays from this on are kept as Axon asked. */
    static final Duration LONG_WAIT = Duration.ofMillis(500);

    private final long spacePollNanos;

    /**
     * @param processorName the processor, named in the thread as Axon names its own ({@code Coordinator[name]-0})
     * @param spacePoll     what a short wait becomes
     */
    public PromptCoordinatorExecutor(String processorName, Duration spacePoll) {
        super(1, new AxonThreadFactory("Coordinator[" + processorName + "]"));
        if (spacePoll.isNegative() || spacePoll.compareTo(LONG_WAIT) >= 0) {
            throw new IllegalArgumentException("spacePoll must be at least 0 and below " + LONG_WAIT + ": " + spacePoll);
        }
        this.spacePollNanos = spacePoll.toNanos();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return super.schedule(command, effectiveDelayNanos(delay, unit), TimeUnit.NANOSECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return super.schedule(callable, effectiveDelayNanos(delay, unit), TimeUnit.NANOSECONDS);
    }

    /** The delay a task asked for with {@code delay} gets: short positive waits become the space poll. */
    long effectiveDelayNanos(long delay, TimeUnit unit) {
        long nanos = unit.toNanos(delay);
        return nanos > spacePollNanos && nanos < LONG_WAIT.toNanos() ? spacePollNanos : nanos;
    }
}
