package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Scenario 4: the worksheets projection's cost per event as one property's history grows from 10 to 100,000 events;
 * each length's history is cloned in SQL, then every length is measured in interleaved rounds.
 */
final class PerEventCostScenario extends Scenario {

    PerEventCostScenario(Harness harness) {
        super(harness);
    }

    @Override
    void run() throws Exception {
        section("4. Per-event projection cost as one property's history grows");
        memory.phase("scenario 4");
        int rounds = Math.max(1, cfg.historyRounds);
        int perBlock = Math.max(1, cfg.historyCommands / rounds);
        describeMethod(rounds, perBlock);
        warmUp();
        List<HistoryLength> lengths = prepareLengths();
        measureInterleaved(lengths, rounds, perBlock);
        report(lengths);
    }

    /** The report's paragraph on the method. */
    private void describeMethod(int rounds, int perBlock) {
        line("Method: a source property was built through the API (import = 2 events, then one 8-step cycle of the mix = 10"
                + " events, ending in the state a whole cycle leaves). For each length a **new** aggregate id gets, in SQL, a copy"
                + " of those 10 events (id replaced inside the payload) followed by k copies of the cycle's 8 events with contiguous"
                + " sequence numbers (history = 10 + 8k, so the state after it is exactly the state after the prefix), new event"
                + " identifiers, `global_index` from the sequence. A fresh id was never loaded by the command side, so no cached"
                + " aggregate can be stale. No snapshot row is inserted: the first command to the property (timed below) loads the"
                + " whole history, and Axon's event-count trigger (100) then stores a snapshot at that version, so the measured"
                + " commands load a snapshot plus < 100 events (the snapshot row is checked). Every length's property is cloned"
                + " and caught up with first; then a database-wide `VACUUM (ANALYZE)` and a `CHECKPOINT` (the maintenance the bulk"
                + " clones and the projections' catch-up left, done beforehand rather than during the measurement) and "
                + cfg.historyWarmupCommands + " unmeasured commands per property, then one unmeasured round like the measured ones. The measurement is **interleaved**: " + rounds
                + " rounds, each sending " + perBlock + " commands one after the other (each waits for its answer, not for the"
                + " projection) to every length's property in turn, the order reversed every other round, so a cost that drifts"
                + " with run time (the JIT compiler, the VM's neighbours) weighs alike on every length instead of on whichever"
                + " length was measured first. While a block runs, a thread polls `worksheet_version` every ~0.5 ms; lag = first"
                + " instant the projection shows the answered version − send instant. Per-event cost = Σ Δ`TOTAL_TIME` / Σ Δ`COUNT`"
                + " of `eventProcessor.allTimer{processorName=worksheets}` (Axon's per-message handler timer; it excludes the batch"
                + " transaction commit and token update) over a length's blocks, with nothing else running. The CPU column is the"
                + " CPU time of the worksheets processor's threads (coordinator and workers, from /proc, 10 ms ticks) over the same"
                + " blocks divided by the same count: it includes the batch writes, commits and token updates, and unlike the"
                + " handler's wall time it leaves out the time the handler waited for a core or for PostgreSQL. The handler thread"
                + " CPU column is Σ Δ`TOTAL_TIME` / Σ Δ`COUNT` of `eventProcessor.handlerCpu{processorName=worksheets}`: the CPU"
                + " time of the thread handling each event, read from the JVM's per-thread clock (nanoseconds) around the same"
                + " span as the handler timer: the handler's own work without its waits for a core or for the collector."
                + " The batch CPU column is Σ Δ`TOTAL_TIME` of `eventProcessor.batchCpu{processorName=worksheets}` / the same"
                + " count: the CPU of the worker thread for each whole batch, from its first event's handling to the end of its"
                + " commit, so with the lines' evaluation and writes at the commit and the token update: the projection's whole"
                + " cost of an event but for the coordinator's reading of the stream.");
        line("");
    }

    /** Warms the projections (a cloned history to catch up with) and the request path (commands) until compiled. */
    private void warmUp() throws Exception {
        // The JIT keeps compiling through tens of thousands of events: without a warm-up the first lengths measured
        // the JVM warming, not the history growing. A cloned history the projections catch up with warms their
        // handlers and calc as the long histories' own catch-up would; commands warm the request path.
        int warmupCycles = Math.max(0, (cfg.historyJvmWarmupEvents - 10) / 8);
        if (warmupCycles > 0) {
            cloneHistory(UUID.randomUUID().toString(), warmupCycles);
        }
        String concurrent = harness.jit.warmUntilCompiled(cfg.historyJvmWarmupConcurrentCommands);
        String sequential = harness.jit.warmSequentiallyUntilCompiled();
        waitProjections(cfg.historyCatchUpTimeoutSec);
        line("Before the clones, the projections catch up with a cloned " + (10 + 8 * warmupCycles)
                + "-event history; then, over the setup's properties, " + concurrent + " Then " + sequential);
        line("");
    }

    /** Every length's property: cloned, caught up with, loaded once (its snapshot taken); then maintenance and warm-up. */
    private List<HistoryLength> prepareLengths() throws Exception {
        List<HistoryLength> lengths = new ArrayList<>();
        for (int target : cfg.historyLengths) {
            int k = Math.max(0, (target - 10) / 8);
            HistoryLength length = new HistoryLength(target, 10 + 8 * k, UUID.randomUUID().toString());
            long tClone = System.nanoTime();
            cloneHistory(length.property.id, k);
            length.cloneSec = (System.nanoTime() - tClone) / 1e9;
            long tCatch = System.nanoTime();
            length.caughtUp = waitProjections(cfg.historyCatchUpTimeoutSec) >= 0;
            length.catchSec = (System.nanoTime() - tCatch) / 1e9;
            long tFirst = System.nanoTime();
            Api.Answer firstAnswer = api.next(length.property, Duration.ofMinutes(5));
            length.firstMs = (System.nanoTime() - tFirst) / 1e6;
            if (!firstAnswer.ok()) {
                length.failures++;
            }
            length.snapshotSeq = awaitSnapshot(length.property.id, length.history);
            waitProjections(cfg.historyCatchUpTimeoutSec);
            lengths.add(length);
        }
        // The bulk clones leave PostgreSQL maintenance to do: new event rows, and the projections' catch-up updated
        // the same read-model rows (each property's worksheets, its version, the tokens) thousands of times in
        // seconds, where a real history spreads them over months of autovacuum. Done now, so neither the dead row
        // versions nor autovacuum itself weigh on the measured commands; the dirty pages are written out now, not by
        // a checkpoint during them. Then a few unmeasured commands per property warm the path.
        try (Connection c = db(); Statement st = c.createStatement()) {
            st.execute("VACUUM (ANALYZE)");
            st.execute("CHECKPOINT");
        }
        for (HistoryLength length : lengths) {
            for (int i = 0; i < cfg.historyWarmupCommands; i++) {
                if (!api.next(length.property, Duration.ofSeconds(60)).ok()) {
                    throw new IllegalStateException("warm-up command failed on " + length.property.id);
                }
            }
        }
        waitProjections(cfg.historyCatchUpTimeoutSec);
        return lengths;
    }

    /** Blocks of commands to every length in turn, round after round, the order reversed every other round. */
    private void measureInterleaved(List<HistoryLength> lengths, int rounds, int perBlock) throws Exception {
        // after one unmeasured round (in reverse, as every odd round): the very first
        // block of the measurement otherwise always fell to the first length and carried what was left of the
        // warm-up (that length read highest in both runs of the fifth session)
        for (int round = -1; round < rounds; round++) {
            List<HistoryLength> order = new ArrayList<>(lengths);
            if (Math.floorMod(round, 2) == 1) {
                Collections.reverse(order);
            }
            for (HistoryLength length : order) {
                measureBlock(length, perBlock, round >= 0);
            }
        }
    }

    /** The per-length table and the summary rows: per length, sums over its blocks. */
    private void report(List<HistoryLength> lengths) {
        line("| target length | history before | clone insert | projections caught up with clone | first command (full load, no snapshot) | snapshot at seq | measured commands | command p50 | lag p50 / mean / p99 | worksheets ms/event | … per round, min–max | plan-directory ms/event | property-summary ms/event | worksheets vs first length | worksheets threads' CPU ms/event (vs first length) | worksheets handler thread CPU ms/event (vs first length, ± 95% interval from the blocks' spread) | worksheets batch CPU ms/event: handling, commit-time evaluation and writes, token (vs first length, ± 95% interval) | … median of blocks: handler wall / CPU ms/event |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        HistoryLength base = null;
        double worst = 0;
        double worstCpu = 0;
        double worstHandlerCpu = 0;
        double worstHandlerCpuInterval = 0;
        double worstBatchCpu = 0;
        double worstBatchCpuInterval = 0;
        StringBuilder counts = new StringBuilder();
        for (HistoryLength length : lengths) {
            if (base == null) {
                base = length;
            }
            double rel = length.handlerMs(WORKSHEETS) / base.handlerMs(WORKSHEETS) - 1;
            double relCpu = length.cpuMs() / base.cpuMs() - 1;
            worst = Math.max(worst, Math.abs(rel));
            worstCpu = Math.max(worstCpu, Math.abs(relCpu));
            double relHandlerCpu = length.handlerCpuMs() / base.handlerCpuMs() - 1;
            double relHandlerCpuInterval = length == base ? 0 : length.handlerCpuRelativeTo(base)[1];
            if (Math.abs(relHandlerCpu) >= worstHandlerCpu) {
                worstHandlerCpu = Math.abs(relHandlerCpu);
                worstHandlerCpuInterval = relHandlerCpuInterval;
            }
            double relBatchCpu = length.batchCpuMs() / base.batchCpuMs() - 1;
            double relBatchCpuInterval = length == base ? 0 : length.batchCpuRelativeTo(base)[1];
            if (Math.abs(relBatchCpu) >= worstBatchCpu) {
                worstBatchCpu = Math.abs(relBatchCpu);
                worstBatchCpuInterval = relBatchCpuInterval;
            }
            Stats latency = Stats.of(length.latencies);
            Stats lag = Stats.of(length.lags);
            counts.append(String.format("%d: Δcount %.0f; ", length.history, length.count[WORKSHEETS]));
            line(String.format("| %,d | %,d events | %.1f s | %s | %.0f ms | %d | %d | %.1f ms | %.1f / %.1f / %.1f ms | %.3f | %.3f–%.3f | %.3f | %.3f | %+.0f%% | %.3f (%+.0f%%) | %.4f (%+.0f%% ± %.0f%%) | %.4f (%+.0f%% ± %.0f%%) | %.3f / %.4f |%s",
                    length.target, length.history, length.cloneSec,
                    length.caughtUp ? String.format("%.1f s (%.0f events/s)", length.catchSec, length.history / length.catchSec)
                            : "not within " + cfg.historyCatchUpTimeoutSec + " s",
                    length.firstMs, length.snapshotSeq, latency.n(), latency.pct(50), lag.pct(50), lag.mean(), lag.pct(99),
                    length.handlerMs(WORKSHEETS), length.blockMin(), length.blockMax(), length.handlerMs(PLAN_DIRECTORY),
                    length.handlerMs(PROPERTY_SUMMARY),
                    rel * 100, length.cpuMs(), relCpu * 100, length.handlerCpuMs(), relHandlerCpu * 100,
                    relHandlerCpuInterval * 100, length.batchCpuMs(), relBatchCpu * 100, relBatchCpuInterval * 100,
                    HistoryLength.median(length.blockMs), HistoryLength.median(length.blockCpuMs),
                    length.failures > 0 ? " " + length.failures + " failed commands" : ""));
        }
        line("");
        line("Each block's worksheets handler ms/event, per length in run order: " + lengths.stream()
                .map(length -> String.format("%d: %s", length.history, length.blockMs.stream()
                        .map(ms -> String.format("%.3f", ms)).collect(Collectors.joining(" "))))
                .collect(Collectors.joining("; ")) + ".");
        line("Each block's worksheets handler thread CPU ms/event, per length in run order: " + lengths.stream()
                .map(length -> String.format("%d: %s", length.history, length.blockCpuMs.stream()
                        .map(ms -> String.format("%.4f", ms)).collect(Collectors.joining(" "))))
                .collect(Collectors.joining("; ")) + ".");
        line("Counts behind the per-event figures: " + counts + "(the lag includes the processors' polling/batching, so it is"
                + " the figure a user sees; the handler timer isolates the projection's own work).");
        if (base != null) {
            String range = base.target + " → " + lengths.stream().mapToInt(l -> l.target).max().orElse(0);
            row("worksheets per-event cost (handler wall time, interleaved), history " + range, "flat (±20%)",
                    String.format("worst deviation %.0f%% from the first length (%.3f ms/event)", worst * 100,
                            base.handlerMs(WORKSHEETS)), worst <= 0.2);
            row("worksheets per-event cost (processor threads' CPU, interleaved), history " + range, "flat (±20%)",
                    String.format("worst deviation %.0f%% from the first length (%.3f ms/event)", worstCpu * 100,
                            base.cpuMs()), worstCpu <= 0.2);
            row("worksheets per-event cost (handler thread's CPU, per-thread clock, interleaved), history " + range,
                    "flat (±20%)", String.format("worst deviation %.0f%% (± %.0f%%) from the first length (%.4f ms/event)",
                            worstHandlerCpu * 100, worstHandlerCpuInterval * 100, base.handlerCpuMs()), worstHandlerCpu <= 0.2);
            row("worksheets per-event cost (the processor's CPU per batch, commit included, per event, interleaved), history "
                    + range, "flat (±20%)", String.format("worst deviation %.0f%% (± %.0f%%) from the first length (%.4f ms/event)",
                            worstBatchCpu * 100, worstBatchCpuInterval * 100, base.batchCpuMs()), worstBatchCpu <= 0.2);
        }
    
    }

    /** The snapshot's sequence number once Axon has stored the one the first (full) load triggers, or -1. */
    long awaitSnapshot(String id, int history) throws Exception {
        long snapshotSeq = -1;
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(max(sequence_number), -1) FROM snapshot_event_entry WHERE aggregate_identifier = ?")) {
            ps.setString(1, id);
            for (int i = 0; i < 100; i++) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    snapshotSeq = rs.getLong(1);
                }
                if (snapshotSeq >= history - 1 || history <= 100) {
                    break;
                }
                Thread.sleep(100);
            }
        }
        return snapshotSeq;
    }

    /**
     * One block of the interleaved measurement: {@code commands} commands one after the other to the length's
     * property, the processors' timers and the worksheets threads' CPU read before and after, the lag of each
     * command from a poller of {@code worksheet_version}. Only a measured block adds to the length's figures.
     */
    void measureBlock(HistoryLength length, int commands, boolean measured) throws Exception {
        double[][] before = new double[3][];
        for (int j = 0; j < 3; j++) {
            before[j] = api.metric("eventProcessor.allTimer", "processorName:" + PROJECTIONS.get(j));
        }
        double[] handlerCpuBefore = api.metric("eventProcessor.handlerCpu", "processorName:" + PROJECTIONS.get(WORKSHEETS));
        double[] batchCpuBefore = api.metric("eventProcessor.batchCpu", "processorName:" + PROJECTIONS.get(WORKSHEETS));
        long cpuBefore = worksheetsThreadTicks();
        List<long[]> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            long last = -1;
            try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                    "SELECT version FROM worksheet_version WHERE property_id = ?")) {
                ps.setString(1, length.property.id);
                while (polling.get()) {
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getLong(1) > last) {
                            last = rs.getLong(1);
                            seen.add(new long[]{last, System.nanoTime()});
                        }
                    }
                    LockSupport.parkNanos(500_000);
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "history-poller");
        poller.start();
        List<long[]> answered = new ArrayList<>();
        for (int i = 0; i < commands; i++) {
            long sent = System.nanoTime();
            Api.Answer answer = api.next(length.property, Duration.ofSeconds(60));
            long at = System.nanoTime();
            if (!answer.ok()) {
                length.failures++;
                continue;
            }
            if (measured) {
                length.latencies.add(at - sent);
            }
            answered.add(new long[]{answer.version(), sent});
        }
        long lastVersion = answered.isEmpty() ? -1 : answered.get(answered.size() - 1)[0];
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < waitUntil && visibleAt(seen, lastVersion) < 0) {
            Thread.sleep(5);
        }
        // read as soon as the worksheets show the last command: the processor's idle wake-ups (every 10 ms) while
        // the harness waits for the other projections would be counted as the block's CPU otherwise
        long cpuTicks = worksheetsThreadTicks() - cpuBefore;
        polling.set(false);
        poller.join(5000);
        waitProjections(60);
        if (!measured) {
            return;
        }
        length.cpuTicks += cpuTicks;
        for (long[] a : answered) {
            long visible = visibleAt(seen, a[0]);
            if (visible >= 0) {
                length.lags.add(Math.max(0, visible - a[1]));
            }
        }
        for (int j = 0; j < 3; j++) {
            double[] after = api.metric("eventProcessor.allTimer", "processorName:" + PROJECTIONS.get(j));
            length.count[j] += after[0] - before[j][0];
            length.seconds[j] += after[1] - before[j][1];
            if (j == WORKSHEETS) {
                if (after[0] <= before[j][0]) {
                    throw new IllegalStateException("the worksheets projection handled no event for the " + commands
                            + " commands to the " + length.history + "-event property: they changed nothing");
                }
                length.blockMs.add((after[1] - before[j][1]) / (after[0] - before[j][0]) * 1000);
            }
        }
        double[] handlerCpuAfter = api.metric("eventProcessor.handlerCpu", "processorName:" + PROJECTIONS.get(WORKSHEETS));
        double[] batchCpuAfter = api.metric("eventProcessor.batchCpu", "processorName:" + PROJECTIONS.get(WORKSHEETS));
        double cpuEvents = handlerCpuAfter[0] - handlerCpuBefore[0];
        double cpuSeconds = handlerCpuAfter[1] - handlerCpuBefore[1];
        double batchCpuSeconds = batchCpuAfter[1] - batchCpuBefore[1];
        length.handlerCpuCount += cpuEvents;
        length.handlerCpuSeconds += cpuSeconds;
        length.batchCpuSeconds += batchCpuSeconds;
        if (cpuEvents > 0) {
            length.blockCpuMs.add(cpuSeconds / cpuEvents * 1000);
            length.blockBatchCpuMs.add(batchCpuSeconds / cpuEvents * 1000);
        }
    }

    /** CPU ticks of the worksheets processor's threads: its coordinator and its workers. */
    long worksheetsThreadTicks() {
        return app.threadTicks("WorkPackage[wor") + app.threadTicks("Coordinator[wor");
    }

    /**
     * Gives a new aggregate {@code id}, in SQL, the history source's first 10 events followed by {@code k} copies of
     * its 8-event cycle (10 + 8k events), and the source's owner.
     */
    void cloneHistory(String id, int k) throws Exception {
        try (Connection c = db()) {
            update(c, "INSERT INTO domain_event_entry (" + EVENT_COLUMNS + ")"
                    + " SELECT gen_random_uuid()::text, ?, sequence_number, type, time_stamp, payload_type, payload_revision,"
                    + " replace(payload, ?, ?), meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND"
                    + " sequence_number < 10 ORDER BY sequence_number", id, historySource.id, id, historySource.id);
            for (int done = 0; done < k; ) {
                int chunk = Math.min(5000, k - done);
                update(c, "INSERT INTO domain_event_entry (" + EVENT_COLUMNS + ")"
                        + " SELECT gen_random_uuid()::text, ?, 10 + (g - 1) * 8 + (e.sequence_number - 2), e.type, e.time_stamp,"
                        + " e.payload_type, e.payload_revision, replace(e.payload, ?, ?), e.meta_data"
                        + " FROM generate_series(?, ?) g CROSS JOIN (SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND sequence_number BETWEEN 2 AND 9) e ORDER BY g, e.sequence_number",
                        id, historySource.id, id, done + 1, done + chunk, historySource.id);
                done += chunk;
            }
            copyOwner(c, historySource.id, id);
        }
    }

    /**
     * A clone written in SQL bypasses the command that would have recorded its owner (the subscribing plan
     * directory writes {@code property_owner} in the registration's transaction): copy the source's, so the clone
     * belongs to the harness's organisation and its commands are not answered 404.
     */
    static void copyOwner(Connection c, String sourceId, String cloneId) throws SQLException {
        update(c, "INSERT INTO property_owner (property_id, organisation_id)"
                + " SELECT ?, organisation_id FROM property_owner WHERE property_id = ?", cloneId, sourceId);
    }
}
