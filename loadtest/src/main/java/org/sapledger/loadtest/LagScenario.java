package org.sapledger.loadtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Scenario 2: the lag from sending a command to the worksheet projection showing it, at a fixed rate (open loop),
 * with the stalls of the VM, the app and PostgreSQL's commits recorded on the same time axis.
 */
final class LagScenario extends Scenario {

    LagScenario(Harness harness) {
        super(harness);
    }

    /** One command of the open loop: when it was due, sent and answered, and the version it answered with. */
    record Sent(String property, long scheduled, long sent, long answered, long version, int status, boolean measured) {
    }

    @Override
    void run() throws Exception {
        section("2. Command → query visibility lag at a fixed " + cfg.lagRate + " commands/s");
        memory.phase("scenario 2");
        int rate = cfg.lagRate;
        long period = 1_000_000_000L / rate;
        int total = rate * (cfg.lagWarmupSec + cfg.lagDurationSec);
        long warmEnd = (long) rate * cfg.lagWarmupSec;
        Map<String, Api.Property> byId = new LinkedHashMap<>();
        properties.forEach(p -> byId.put(p.id, p));
        InFlightProperties inFlight = new InFlightProperties();
        VersionPoller poller = new VersionPoller(this::db, byId.keySet(), inFlight, cfg.lagPollMicros);
        VmStallProbe vmStalls = new VmStallProbe();
        CommitProbe commitProbe = new CommitProbe(this::db);
        poller.start();
        vmStalls.start();
        commitProbe.start();
        Thread.sleep(200);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(cfg.lagWorkers, cfg.lagWorkers, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(rate * 2));
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicLong dropped = new AtomicLong();
        List<Api.Property> ps = new ArrayList<>(byId.values());
        long t0 = System.nanoTime() + 50_000_000L;
        long pollStart = poller.polls();
        AppProcess.Cpu c0 = null;
        // opened beforehand: the pacer reads the checkpoint counters at the window's start without connecting
        Connection statistics = db();
        DatabaseWrites writes0 = DatabaseWrites.read(statistics);
        long measureStartNanos = t0 + warmEnd * period;
        for (int i = 0; i < total; i++) {
            long at = t0 + i * period;
            long d;
            while ((d = at - System.nanoTime()) > 0) {
                LockSupport.parkNanos(Math.min(d, 1_000_000));
            }
            if (i == warmEnd) {
                c0 = app.cpu();
                writes0 = DatabaseWrites.read(statistics);
            }
            Api.Property p = ps.get(i % ps.size());
            boolean measured = i >= warmEnd;
            try {
                workers.execute(() -> {
                    inFlight.sending(p.id);
                    long s = System.nanoTime();
                    int st;
                    long v = -1;
                    try {
                        Api.Answer a = api.next(p, Duration.ofSeconds(30));
                        st = a.status();
                        v = a.ok() ? a.version() : -1;
                    } catch (Exception e) {
                        st = -1;
                    }
                    inFlight.answered(p.id, v);
                    sent.add(new Sent(p.id, at, s, System.nanoTime(), v, st, measured));
                });
            } catch (RejectedExecutionException e) {
                dropped.incrementAndGet();
            }
        }
        long scheduleEnd = System.nanoTime();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        long lastAnswer = sent.stream().filter(Sent::measured).mapToLong(Sent::answered).max().orElse(scheduleEnd);
        AppProcess.Cpu c1 = app.cpu();
        DatabaseWrites writes = DatabaseWrites.read(statistics).since(writes0);
        statistics.close();
        // wait (bounded) for the projection to show every answered version
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !allVisible(sent, poller)) {
            Thread.sleep(20);
        }
        poller.stop();
        vmStalls.stop();
        commitProbe.stop();
        List<long[]> harnessStalls = vmStalls.stalls();
        List<long[]> appStops = app.safepointStops(1_000_000L);
        long pollCount = poller.polls() - pollStart;
        double pollMs = (System.nanoTime() - t0) / 1e6 / Math.max(1, pollCount);
        List<Long> lagSent = new ArrayList<>();
        List<Long> lagAnswered = new ArrayList<>();
        List<Long> latency = new ArrayList<>();
        List<Long> slip = new ArrayList<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        long invisible = 0;
        long measuredOk = 0;
        StringBuilder series = new StringBuilder("scheduled_ms,latency_ms,lag_ms\n");
        Set<Long> slowWindows = new TreeSet<>();
        long slow = 0;
        long slowNearStalls = 0;
        long stallsInWindow = 0;
        long worstStall = 0;
        for (long[] stall : harnessStalls) {
            if (stall[0] >= measureStartNanos && stall[0] <= lastAnswer) {
                stallsInWindow++;
                worstStall = Math.max(worstStall, stall[1]);
            }
        }
        List<long[]> probeInWindow = commitProbe.startedBetween(measureStartNanos, lastAnswer);
        List<long[]> slowCommits = probeInWindow.stream().filter(c -> c[1] > 20_000_000L).toList();
        Stats probeCommits = Stats.of(probeInWindow.stream().map(c -> c[1]).toList());
        List<long[]> stopsInWindow = appStops.stream().filter(st -> st[1] >= 10_000_000L
                && st[0] + st[1] >= measureStartNanos && st[0] <= lastAnswer).toList();
        long slowDuringAppStop = 0;
        long slowDuringSlowCommit = 0;
        long slowUnexplained = 0;
        for (Sent s : sent) {
            if (!s.measured) {
                continue;
            }
            statuses.merge(s.status, 1L, Long::sum);
            slip.add(Math.max(0, s.sent - s.scheduled));
            if (s.version < 0) {
                continue;
            }
            measuredOk++;
            latency.add(s.answered - s.sent);
            long vis = visibleAt(poller.seen(s.property), s.version);
            if (vis < 0) {
                invisible++;
                continue;
            }
            lagSent.add(Math.max(0, vis - s.sent));
            lagAnswered.add(Math.max(0, vis - s.answered));
            long scheduledMs = (s.scheduled - measureStartNanos) / 1_000_000;
            series.append(scheduledMs).append(',').append(String.format("%.2f,%.2f%n", (s.answered - s.sent) / 1e6,
                    Math.max(0, vis - s.sent) / 1e6));
            if (vis - s.sent > 50_000_000L) {
                slow++;
                slowWindows.add(scheduledMs / 100);
                boolean harnessStalled = overlaps(harnessStalls, s.sent, vis);
                boolean appStopped = overlaps(stopsInWindow, s.sent, vis);
                boolean commitStalled = overlaps(slowCommits, s.sent, vis);
                slowNearStalls += harnessStalled ? 1 : 0;
                slowDuringAppStop += appStopped ? 1 : 0;
                slowDuringSlowCommit += commitStalled ? 1 : 0;
                slowUnexplained += harnessStalled || appStopped || commitStalled ? 0 : 1;
            }
        }
        Path seriesFile = Path.of(cfg.reportDir, "lag.csv");
        Files.writeString(seriesFile, series);
        StringBuilder stalls = new StringBuilder("kind,start_ms,duration_ms\n");
        appendStalls(stalls, "app stop", appStops, measureStartNanos);
        appendStalls(stalls, "postgres commit", probeInWindow.stream().filter(c -> c[1] > 5_000_000L).toList(),
                measureStartNanos);
        appendStalls(stalls, "harness timer", harnessStalls, measureStartNanos);
        Path stallsFile = Path.of(cfg.reportDir, "stalls.csv");
        Files.writeString(stallsFile, stalls);
        double window = (lastAnswer - measureStartNanos) / 1e9;
        double achieved = measuredOk / Math.max(window, cfg.lagDurationSec);
        Stats lag = Stats.of(lagSent);
        Stats lagA = Stats.of(lagAnswered);
        Stats lat = Stats.of(latency);
        Stats sl = Stats.of(slip);
        line(String.format("Open loop: a pacer thread releases one command every %.2f ms (round-robin over %d properties, the"
                        + " same cycle as scenario 1) to %d worker threads (queue %d; a full queue drops the command and counts it);"
                        + " %d s warm-up, %d s measured. A dedicated JDBC thread reads `worksheet_version` of the properties with a"
                        + " command in flight (sent and not yet answered, or answered and not yet shown) every %d µs (achieved"
                        + " mean poll period %.2f ms, %.1f properties per read) and records the first instant each version appears."
                        + " **Lag = first instant the projection shows a version ≥ the answered version − the instant the request was sent**"
                        + " (also given from the instant the answer arrived).", period / 1e6, ps.size(), cfg.lagWorkers, rate * 2,
                cfg.lagWarmupSec, cfg.lagDurationSec, cfg.lagPollMicros, pollMs, poller.polledRows() / (double) Math.max(1, poller.polls())));
        line("");
        line(String.format("- scheduled %d commands in the window; answered 2xx %d; statuses %s; dropped (queue full) %d; never visible within 30 s: %d",
                (long) rate * cfg.lagDurationSec, measuredOk, statuses, dropped.get(), invisible));
        line(String.format("- achieved rate: **%.0f accepted commands/s** (over %.1f s from the window start to the last answer)%s",
                achieved, Math.max(window, cfg.lagDurationSec), achieved < rate * 0.97 ? " — **the app could not sustain " + rate + "/s**" : ""));
        line(String.format("- send slip behind the schedule: p50 %.1f ms, p99 %.1f ms, max %.1f ms", sl.pct(50), sl.pct(99), sl.max()));
        line("- command latency (sent → answered): " + lat.summary());
        line("- **lag from send**: " + lag.summary());
        line("- lag from answer (what a read-your-writes reader waits): " + lagA.summary());
        line(String.format("- commands visible after more than 50 ms: %d, sent within %d of the window's %d 100-ms"
                        + " intervals; every command's send time, latency and lag: `%s`; the app's stops of 1 ms or more, PostgreSQL's commits of"
                        + " more than 5 ms and the harness's late wake-ups on the same time axis: `%s`", slow, slowWindows.size(),
                cfg.lagDurationSec * 10, seriesFile, stallsFile));
        line(String.format("- the harness's own 1-ms timer thread woke more than 20 ms late %d times in the window (worst"
                        + " %.0f ms): the whole VM stalled; %d of the commands visible after more than 50 ms were in flight"
                        + " during such a stall", stallsInWindow, worstStall / 1e6, slowNearStalls));
        line(String.format("- the app's threads stopped (safepoints, from its `-Xlog:safepoint` log) for 10 ms or more %d"
                        + " times in the window, %.0f ms in all, the longest %.0f ms; %d of the commands visible after"
                        + " more than 50 ms were in flight during such a stop", stopsInWindow.size(),
                stopsInWindow.stream().mapToLong(st -> st[1]).sum() / 1e6,
                stopsInWindow.stream().mapToLong(st -> st[1]).max().orElse(0) / 1e6, slowDuringAppStop));
        line(String.format("- PostgreSQL's own durable commits (a probe: one single-row `INSERT` every 10 ms on a"
                        + " connection of its own): n=%d, p50 %.2f ms, p99 %.1f ms, max %.1f ms; %d took more than 20 ms,"
                        + " and %d of the commands visible after more than 50 ms were in flight during one of those",
                probeInWindow.size(), probeCommits.pct(50), probeCommits.pct(99), probeCommits.max(),
                slowCommits.size(), slowDuringSlowCommit));
        line(String.format("- PostgreSQL checkpoints in the window (`pg_stat_bgwriter`): %d, %d of them requested (by the"
                        + " volume of WAL rather than the timer); writing %.0f ms, syncing %.0f ms",
                writes.checkpoints(), writes.requested(), writes.writeMicros() / 1e3, writes.syncMicros() / 1e3));
        line(String.format("- WAL written in the window (`pg_stat_wal`): %.1f MB, %.1f kB per answered command, %.2f"
                        + " full-page images per answered command", writes.walBytes() / 1e6,
                writes.walBytes() / 1e3 / Math.max(1, measuredOk),
                writes.fullPageImages() / (double) Math.max(1, measuredOk)));
        line(String.format("- commands visible after more than 50 ms that overlap none of these stalls: %d", slowUnexplained));
        line("- " + (c0 == null ? "" : c0.until(c1)) + " (window + tail)");
        row("lag p99 (send → worksheet shows it) at " + rate + "/s", "≤ 50 ms",
                String.format("p50 %.1f, p99 %.1f, max %.1f ms at %.0f/s achieved", lag.pct(50), lag.pct(99), lag.max(), achieved),
                lag.pct(99) <= 50 && achieved >= rate * 0.97);
    }

    /** Appends {@code intervals} ({start, duration} in nanoseconds) as CSV rows in ms from {@code origin}. */
    static void appendStalls(StringBuilder csv, String kind, List<long[]> intervals, long origin) {
        for (long[] interval : intervals) {
            csv.append(kind).append(',').append(String.format("%.1f,%.2f%n", (interval[0] - origin) / 1e6,
                    interval[1] / 1e6));
        }
    }

    /** Whether any of {@code intervals} ({start, duration} in nanoseconds) overlaps [from, to]. */
    static boolean overlaps(List<long[]> intervals, long from, long to) {
        for (long[] interval : intervals) {
            if (interval[0] < to && interval[0] + interval[1] > from) {
                return true;
            }
        }
        return false;
    }

    /** Whether the projection has shown every answered command's version. */
    static boolean allVisible(ConcurrentLinkedQueue<Sent> sent, VersionPoller poller) {
        for (Sent s : sent) {
            if (s.version >= 0 && visibleAt(poller.seen(s.property), s.version) < 0) {
                return false;
            }
        }
        return true;
    }
}
