package org.sapledger.app.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A coordinator's short waits become the space poll; its long waits and immediate passes stay as asked. */
class PromptCoordinatorExecutorTest {

    private final PromptCoordinatorExecutor executor = new PromptCoordinatorExecutor("worksheets", Duration.ofMillis(5));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void axonsNoSpaceWaitOf100MillisecondsBecomesTheSpacePoll() {
        assertThat(executor.effectiveDelayNanos(100, TimeUnit.MILLISECONDS)).isEqualTo(5_000_000L);
        assertThat(executor.effectiveDelayNanos(499, TimeUnit.MILLISECONDS)).isEqualTo(5_000_000L);
    }

    @Test
    void immediatePassesAndWaitsShorterThanThePollAreKept() {
        assertThat(executor.effectiveDelayNanos(0, TimeUnit.MILLISECONDS)).isZero();
        assertThat(executor.effectiveDelayNanos(2, TimeUnit.MILLISECONDS)).isEqualTo(2_000_000L);
    }

    @Test
    void idleClaimAndBackOffWaitsAreKept() {
        assertThat(executor.effectiveDelayNanos(500, TimeUnit.MILLISECONDS)).isEqualTo(500_000_000L);
        assertThat(executor.effectiveDelayNanos(5, TimeUnit.SECONDS)).isEqualTo(5_000_000_000L);
    }

    @Test
    void aTaskScheduled100MillisecondsAheadRunsAfterTheSpacePollOnACoordinatorThread() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        AtomicReference<String> thread = new AtomicReference<>();
        long start = System.nanoTime();
        ScheduledFuture<?> future = executor.schedule(() -> {
            thread.set(Thread.currentThread().getName());
            ran.countDown();
        }, 100, TimeUnit.MILLISECONDS);

        assertThat(future.getDelay(TimeUnit.MILLISECONDS)).isLessThanOrEqualTo(5);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(5_000_000L);
        assertThat(thread.get()).startsWith("Coordinator[worksheets]");
    }

    @Test
    void aLongTaskKeepsItsDelay() {
        ScheduledFuture<?> future = executor.schedule(() -> 1, 5, TimeUnit.SECONDS);

        assertThat(future.getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(4_000);
    }

    @Test
    void aPollOfHalfASecondOrMoreIsRefused() {
        assertThatThrownBy(() -> new PromptCoordinatorExecutor("p", Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
