package org.sapledger.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

/**
 * An event processor's two timers: the wall time of handling an event, and, when asked for, the CPU its thread spent
 * on it.
 */
class HandlingTimersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Timer wall = registry.timer("wall");
    private final Timer cpu = registry.timer("cpu");
    private final MessageMonitor<Message<?>> monitor = HandlingTimers.timingWithCpu(wall, cpu);

    @Test
    void timeSpentWaitingCountsAsWallTimeButNotAsCpu() throws Exception {
        MessageMonitor.MonitorCallback handling = monitor.onMessageIngested(GenericEventMessage.asEventMessage("event"));
        Thread.sleep(50);
        handling.reportSuccess();

        assertThat(wall.count()).isEqualTo(1);
        assertThat(cpu.count()).isEqualTo(1);
        assertThat(wall.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(50);
        assertThat(cpu.totalTime(TimeUnit.MILLISECONDS)).isLessThan(25);
    }

    @Test
    void timeSpentComputingCountsAsCpuAndNeverExceedsTheWallTime() {
        MessageMonitor.MonitorCallback handling = monitor.onMessageIngested(GenericEventMessage.asEventMessage("event"));
        long spins = computeFor(40);
        handling.reportFailure(new IllegalStateException("handled, then failed after " + spins + " spins"));

        assertThat(cpu.count()).isEqualTo(1);
        assertThat(cpu.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(35);
        assertThat(cpu.totalTime(TimeUnit.NANOSECONDS)).isLessThanOrEqualTo(wall.totalTime(TimeUnit.NANOSECONDS));
    }

    @Test
    void handlingThatEndsOnAnotherThreadRecordsItsWallTimeOnly() throws Exception {
        MessageMonitor.MonitorCallback handling = monitor.onMessageIngested(GenericEventMessage.asEventMessage("event"));
        Thread other = new Thread(handling::reportIgnored);
        other.start();
        other.join();

        assertThat(wall.count()).isEqualTo(1);
        assertThat(cpu.count()).isZero();
    }

    @Test
    void anEventProcessorGetsBothTimersWhenTheCpuTimerIsAskedFor() {
        assertThat(handleOneEvent(true).find("eventProcessor.handlerCpu").tag("processorName", "counted").timer())
                .isNotNull().extracting(Timer::count).isEqualTo(1L);
    }

    @Test
    void anEventProcessorGetsOnlyItsWallTimerByDefault() {
        SimpleMeterRegistry meters = handleOneEvent(false);

        assertThat(meters.find("eventProcessor.allTimer").tag("processorName", "counted").timer())
                .isNotNull().extracting(Timer::count).isEqualTo(1L);
        assertThat(meters.find("eventProcessor.handlerCpu").timer()).isNull();
        assertThat(meters.find("eventProcessor.batchCpu").timer()).isNull();
    }

    @Test
    void aBatchsCpuCountsTheWorkItsCommitDoesAndTheHandlerTimerDoesNot() {
        SimpleMeterRegistry meters = handleOneEvent(true, new CommittingHandler());

        Timer batch = meters.find("eventProcessor.batchCpu").tag("processorName", "counted").timer();
        Timer handler = meters.find("eventProcessor.handlerCpu").tag("processorName", "counted").timer();
        assertThat(batch).isNotNull().extracting(Timer::count).isEqualTo(1L);
        assertThat(batch.totalTime(TimeUnit.MILLISECONDS)).isGreaterThanOrEqualTo(35);
        assertThat(handler.totalTime(TimeUnit.MILLISECONDS)).isLessThan(20);
    }

    /** An Axon configuration with one subscribing processor, "counted", that handles one published event. */
    private static SimpleMeterRegistry handleOneEvent(boolean handlerCpu) {
        return handleOneEvent(handlerCpu, new CountedHandler());
    }

    private static SimpleMeterRegistry handleOneEvent(boolean handlerCpu, Object handler) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        HandlingTimers.module(meters, handlerCpu).configureModule(configurer);
        configurer.eventProcessing(processing -> processing.usingSubscribingEventProcessors()
                .registerEventHandler(c -> handler)
                .assignHandlerTypesMatching("counted", handler.getClass()::equals));
        Configuration configuration = configurer.buildConfiguration();
        configuration.start();
        try {
            configuration.eventBus().publish(GenericEventMessage.asEventMessage("an event"));
        } finally {
            configuration.shutdown();
        }
        return meters;
    }

    /** Handles an event at once and leaves 40 ms of CPU to the commit. */
    static final class CommittingHandler {
        @EventHandler
        void on(String event) {
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> unitOfWork.resources().put("spins", computeFor(40)));
        }
    }

    /**
     * Computes until this thread's own CPU clock has advanced by the given milliseconds. Spinning on the wall clock
     * instead would let a busy machine (CI runs other tests on its two cores) give the thread less CPU than asked.
     */
    private static long computeFor(long millis) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long spins = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            spins++;
        }
        return spins;
    }

    static final class CountedHandler {
        @EventHandler
        void on(String event) {
            // handled: the timers count it
        }
    }
}
