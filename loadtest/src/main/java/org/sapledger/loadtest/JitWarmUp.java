package org.sapledger.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Unmeasured commands until the app's JIT compiler has settled, so a measurement times compiled code rather than the
 * compiler at work.
 */
final class JitWarmUp {

    private final Harness harness;
    private final Config cfg;
    private final Api api;
    private final AppProcess app;

    JitWarmUp(Harness harness) {
        this.harness = harness;
        this.cfg = harness.cfg;
        this.api = harness.api;
        this.app = harness.app;
    }

    /**
     * Sends unmeasured commands, in chunks from 8 and 32 clients in turn, until the app's JIT compiler has settled:
     * at least {@code minCommands}, then until the compiler threads used less than {@code jvmWarmupSettledJitShare}
     * of a core in two chunks in a row (or {@code jvmWarmupMaxCommands} in all).
     * C2 compiles a method after thousands of calls, and a method of one command type of the eight is called once in
     * eight commands: after 30,000 commands the compiler still took a quarter of a core while the first measurement
     * ran. Returns the report's sentence on it.
     */
    String warmUntilCompiled(int minCommands) throws Exception {
        String settled = warmUntilSettled(minCommands, cfg.jvmWarmupMaxCommands, cfg.jvmWarmupChunkCommands,
                (chunk, sentBefore) -> {
                    AtomicBoolean warming = new AtomicBoolean(true);
                    Thread reader = new Thread(() -> readMetricsLikeAPhase(warming), "warm-up-metrics");
                    reader.start();
                    concurrentCommands(chunk % 2 == 0 ? 8 : 32, cfg.jvmWarmupChunkCommands);
                    warming.set(false);
                    reader.join();
                });
        harness.waitProjections(cfg.drainTimeoutSec);
        return "unmeasured commands from 8 and 32 clients in turn warmed the JVM: " + settled;
    }

    /**
     * Sends unmeasured commands one after the other over the setup's properties, in chunks of
     * {@code historyJvmWarmupChunkCommands}, reading the processors' timers every {@code historyCommands / historyRounds}
     * commands as scenario 4's blocks do: at least {@code historyJvmWarmupCommands}, then until the JIT compiler
     * threads used less than {@code jvmWarmupSettledJitShare} of a core in two chunks in a row (or
     * {@code historyJvmWarmupMaxCommands}). Returns the report's sentence on it.
     */
    String warmSequentiallyUntilCompiled() throws Exception {
        int perBlock = Math.max(1, cfg.historyCommands / Math.max(1, cfg.historyRounds));
        String settled = warmUntilSettled(cfg.historyJvmWarmupCommands, cfg.historyJvmWarmupMaxCommands,
                cfg.historyJvmWarmupChunkCommands, (chunk, sentBefore) -> {
                    for (long sent = sentBefore; sent < sentBefore + cfg.historyJvmWarmupChunkCommands
                            && !harness.properties.isEmpty(); sent++) {
                        if (sent % perBlock == 0) {
                            for (String processor : Scenario.PROJECTIONS) {
                                api.metric("eventProcessor.allTimer", "processorName:" + processor);
                            }
                        }
                        api.next(harness.properties.get((int) (sent % harness.properties.size())), Duration.ofSeconds(60));
                    }
                });
        return "unmeasured commands one after the other (the processors' timers read every " + perBlock
                + " as in the measured blocks): " + settled;
    }

    /** One chunk of a warm-up: the chunk's index and the commands the warm-up sent before it. */
    @FunctionalInterface
    interface WarmUpChunk {
        void send(int chunk, long sentBefore) throws Exception;
    }

    /**
     * Sends chunks of {@code chunkCommands} until the app's JIT compiler has settled: at least {@code minCommands},
     * then until its compiler threads used less than {@code jvmWarmupSettledJitShare} of a core in two chunks in a
     * row, at most {@code maxCommands}. Returns the report's clause on it.
     */
    String warmUntilSettled(int minCommands, int maxCommands, int chunkCommands, WarmUpChunk chunk) throws Exception {
        long start = System.nanoTime();
        long sent = 0;
        double jitShare = 1;
        double previousShare = 1;
        List<String> shares = new ArrayList<>();
        while ((sent < minCommands || Math.max(jitShare, previousShare) >= cfg.jvmWarmupSettledJitShare)
                && sent < maxCommands) {
            previousShare = jitShare;
            long jit0 = app.jitTicks();
            long t0 = System.nanoTime();
            chunk.send(shares.size(), sent);
            jitShare = (app.jitTicks() - jit0) / (double) AppProcess.CLK_TCK / ((System.nanoTime() - t0) / 1e9);
            sent += chunkCommands;
            shares.add(String.format("%.0f%%", jitShare * 100));
        }
        return String.format("%,d in chunks of %,d in %.0f s, until the JIT compiler threads used less than %.0f%% of a"
                        + " core in two chunks in a row%s; their share per chunk: %s.", sent, chunkCommands,
                (System.nanoTime() - start) / 1e9, cfg.jvmWarmupSettledJitShare * 100,
                Math.max(jitShare, previousShare) >= cfg.jvmWarmupSettledJitShare
                        ? String.format(" (**not reached** within %,d commands)", maxCommands) : "",
                String.join(", ", shares));
    }

    /**
     * Reads the app's metrics as a measured phase does (its meters at the start, the pool's pending connections every
     * 250 ms) until {@code running} turns false. The warm-up must: code the JIT compiled for commands alone was
     * deoptimised by the first metrics request of the first measurement (the same servlet, mapping and message
     * converter methods with other handlers and return types), and the recompilation took 17–21% of a core during
     * that measurement.
     */
    void readMetricsLikeAPhase(AtomicBoolean running) {
        try {
            ServiceMetrics.read(api);
            api.metric("hikaricp.connections.max", null);
            while (running.get()) {
                api.metric("hikaricp.connections.pending", null);
                Thread.sleep(250);
            }
            ServiceMetrics.read(api);
        } catch (Exception e) {
            throw new IllegalStateException("reading the app's metrics during the warm-up failed", e);
        }
    }

    /** Sends {@code total} commands from {@code clients} clients, each over its own share of the setup's harness.properties. */
    void concurrentCommands(int clients, int total) throws Exception {
        if (harness.properties.isEmpty() || total <= 0) {
            return;
        }
        AtomicInteger sent = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            List<Api.Property> mine = harness.shareOf(i, clients);
            if (mine.isEmpty()) {
                continue;
            }
            Thread thread = new Thread(() -> {
                int k = 0;
                while (sent.getAndIncrement() < total) {
                    try {
                        api.next(mine.get(k++ % mine.size()), Duration.ofSeconds(60));
                    } catch (Exception e) {
                        // an unanswered warm-up command only shortens the warm-up
                    }
                }
            }, "warm-up-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
