package org.sapledger.app.metrics;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

/**
 * The handling-time metrics of the command bus and of each event processor, with Micrometer timers built once:
 * {@code commandBus.allTimer} and {@code eventProcessor.allTimer{processorName=…}}, the time from a message's
 * arrival at the component to the end of its handling, whatever the outcome, and {@code eventStore.ingestedCounter},
 * the events published to the store (names and meaning as Axon's own). On request, beside each processor's timer,
 * {@code eventProcessor.handlerCpu{processorName=…}}: the CPU time the processor's thread spent on one event (its
 * per-thread clock, in nanoseconds), which, unlike the wall time, leaves out the time the thread waited for a core
 * or was stopped by the collector: the projection's own cost of an event. With it, {@code
 * eventProcessor.batchCpu{processorName=…}}: the CPU time of each batch a processor handles in a transaction of its
 * own, from its first event's handling to the end of its commit, so with the work a projection does when the batch
 * commits (the worksheets projection evaluates and writes its lines then) and the token update; per event, Σ total
 * over Σ {@code handlerCpu} count. Off by default: reading a thread's CPU clock is a system call (≈ 0.55 µs on the
 * benchmark VM), two per event and processor, ≈ 4% of a rebuild's CPU.
 *
 * <p>Replaces Axon's metrics module ({@code axon.metrics.auto-configuration.enabled: false}), which on every message
 * builds and looks up a dozen meters per component (timers per outcome, counters, capacity and latency gauges,
 * tagged with the payload type): a measurable share of a command's CPU.
 */
public final class HandlingTimers {

    /** The unit-of-work resource marking a batch whose CPU is being measured. */
    private static final String BATCH_CPU_START = HandlingTimers.class.getName() + ".batchCpuStart";

    private HandlingTimers() {
    }

    /**
     * Installs the timers on the command bus and on every event processor, and with {@code handlerCpu} the
     * processors' CPU timers.
     */
    public static ConfigurerModule module(MeterRegistry registry, boolean handlerCpu) {
        Timer commandBus = Timer.builder("commandBus.allTimer")
                .description("time to handle a command, from dispatch to its answer")
                .register(registry);
        Counter appended = Counter.builder("eventStore.ingestedCounter")
                .description("events published to the event store")
                .register(registry);
        Map<String, Timer> processors = new ConcurrentHashMap<>();
        Map<String, Timer> processorsCpu = new ConcurrentHashMap<>();
        return configurer -> {
            if (handlerCpu) {
                configurer.eventProcessing().registerDefaultHandlerInterceptor((configuration, name) -> batchCpu(
                        Timer.builder("eventProcessor.batchCpu")
                                .description("CPU time of the processor's thread for one batch, commit included")
                                .tag("processorName", name)
                                .register(registry)));
            }
            configurer.configureMessageMonitor(CommandBus.class, (configuration, type, name) -> timing(commandBus));
            configurer.configureMessageMonitor(EventStore.class, (configuration, type, name) -> counting(appended));
            configurer.configureMessageMonitor(EventProcessor.class, (configuration, type, name) -> {
                Timer wall = processors.computeIfAbsent(name, processor -> Timer.builder("eventProcessor.allTimer")
                        .description("time an event processor takes to handle one event")
                        .tag("processorName", processor)
                        .register(registry));
                if (!handlerCpu) {
                    return timing(wall);
                }
                return timingWithCpu(wall, processorsCpu.computeIfAbsent(name, processor ->
                        Timer.builder("eventProcessor.handlerCpu")
                                .description("CPU time of the processor's thread handling one event")
                                .tag("processorName", processor)
                                .register(registry)));
            });
        };
    }

    private static MessageMonitor<Message<?>> counting(Counter counter) {
        return message -> {
            counter.increment();
            return NoOpMessageMonitorCallback.INSTANCE;
        };
    }

    /**
     * Wall time as {@link #timing(Timer)}, and the handling thread's CPU time when the handling ends on the thread it
     * began on (an event processor handles an event on one thread; the JVM's per-thread clock, when it has one).
     */
    static MessageMonitor<Message<?>> timingWithCpu(Timer wall, Timer cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean threadClock = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        return message -> {
            Thread thread = Thread.currentThread();
            long start = System.nanoTime();
            long cpuStart = threadClock ? threads.getCurrentThreadCpuTime() : -1;
            return whateverTheOutcome(() -> {
                // the CPU interval read inside the wall-time one, so that the thread's CPU never exceeds it
                long cpuEnd = cpuStart >= 0 && Thread.currentThread() == thread
                        ? threads.getCurrentThreadCpuTime() : -1;
                wall.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                if (cpuEnd >= 0) {
                    cpu.record(cpuEnd - cpuStart, TimeUnit.NANOSECONDS);
                }
            });
        };
    }

    /**
     * Records the CPU time of the handling thread for each batch that is a unit of work of its own (a processor's
     * batch, not events handled inside a command's transaction), from the first event's handling to the end of the
     * batch's clean-up, which follows its commit.
     */
    static MessageHandlerInterceptor<EventMessage<?>> batchCpu(Timer cpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
            return (unitOfWork, chain) -> chain.proceed();
        }
        return (unitOfWork, chain) -> {
            if (unitOfWork.isRoot() && !unitOfWork.resources().containsKey(BATCH_CPU_START)) {
                Thread thread = Thread.currentThread();
                long start = threads.getCurrentThreadCpuTime();
                unitOfWork.resources().put(BATCH_CPU_START, start);
                unitOfWork.onCleanup(batch -> {
                    if (Thread.currentThread() == thread) {
                        cpu.record(threads.getCurrentThreadCpuTime() - start, TimeUnit.NANOSECONDS);
                    }
                });
            }
            return chain.proceed();
        };
    }

    private static MessageMonitor<Message<?>> timing(Timer timer) {
        return message -> {
            long start = System.nanoTime();
            return whateverTheOutcome(() -> timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS));
        };
    }

    /** A callback that records the same way whether the message was handled, failed or was ignored. */
    private static MessageMonitor.MonitorCallback whateverTheOutcome(Runnable record) {
        return new MessageMonitor.MonitorCallback() {
            @Override
            public void reportSuccess() {
                record.run();
            }

            @Override
            public void reportFailure(Throwable cause) {
                record.run();
            }

            @Override
            public void reportIgnored() {
                record.run();
            }
        };
    }
}
