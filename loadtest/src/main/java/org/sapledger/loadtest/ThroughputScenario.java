package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 1 (and 5): accepted commands per second over HTTP from 8 and 32 clients, against raw single-row
 * {@code INSERT} + {@code COMMIT}s from as many threads on the same PostgreSQL; the app's peak resident memory meanwhile;
 * then the same clients' requests that store nothing, and the ceiling they set on the ratio to raw.
 */
final class ThroughputScenario extends Scenario {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The lightest request the service answers: Tomcat, the security filters and Spring MVC, no command, no database. */
    private static final String LIVENESS = "/actuator/health/liveness";

    ThroughputScenario(Harness harness) {
        super(harness);
    }

    @Override
    void run() throws Exception {
        section("1. Command throughput over HTTP vs raw JDBC (and 5. peak RSS)");
        line("Each client owns the properties i, i+N, i+2N, … (no two clients share a property, no If-Match) and sends"
                + " the 8-step cycle wall U 0.3 → cooling 40 m² SEER 5.1 → thermal mass 150 → y 0.1 → wall U 0.5 →"
                + " remove cooling → thermal mass 250 → y 0.15 round-robin over its properties, one request at a time."
                + String.format(" %d s warm-up, then %d s measured (commands completing in the window). The raw baseline:"
                + " the same N threads, one connection each, autocommit single-row `INSERT` (≈300 bytes of text) into a scratch table.", cfg.warmupSec, cfg.durationSec));
        line("Before the first measurement, " + harness.jit.warmUntilCompiled(cfg.jvmWarmupCommands));
        line("");
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS loadtest_raw (id BIGSERIAL PRIMARY KEY, client INT NOT NULL,"
                    + " payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        line("| clients | app accepted/s | errors | latency p50 / p99 / max | raw INSERT+COMMIT/s | raw p50 / p99 | app / raw | projection backlog drained after |");
        line("|---|---|---|---|---|---|---|---|");
        List<String> details = new ArrayList<>();
        Map<Integer, Phase> commandPhases = new TreeMap<>();
        Map<Integer, Phase> rawPhases = new TreeMap<>();
        long peakRss = 0;
        for (int n : cfg.clients) {
            memory.phase("scenario 1, app, " + n + " clients");
            memory.resetWindow();
            Phase appPhase = httpPhase(n, p -> api.next(p, TIMEOUT));
            peakRss = Math.max(peakRss, memory.peakWindow);
            long windowPeak = memory.peakWindow;
            memory.phase("scenario 1, draining projections after " + n + " clients");
            long drain = waitProjections(cfg.drainTimeoutSec);
            memory.phase("scenario 1, raw JDBC, " + n + " clients");
            Phase raw = rawPhase(n);
            double ratio = appPhase.rate / raw.rate;
            line(String.format("| %d | %.0f | %s | %.1f / %.1f / %.1f ms | %.0f | %.2f / %.2f ms | %.3f | %s |", n, appPhase.rate,
                    appPhase.errors.isEmpty() ? "none" : appPhase.errors.toString(), appPhase.latency.pct(50),
                    appPhase.latency.pct(99), appPhase.latency.max(), raw.rate, raw.latency.pct(50), raw.latency.pct(99), ratio,
                    drain < 0 ? "not within " + cfg.drainTimeoutSec + " s" : String.format("%.1f s", drain / 1000.0)));
            details.add(String.format("- N=%d app: %s; server-side mean `http.server.requests` %s; mean command-bus handling"
                            + " `commandBus.allTimer` %s; Hikari `connections.acquire` mean %s (max pending sampled %s, pool max %s);"
                            + " peak VmRSS in the window %.0f MB; WAL %.1f kB per accepted command.",
                    n, appPhase.cpu, meanMs(appPhase.m0.http(), appPhase.m1.http()), meanMs(appPhase.m0.commandBus(), appPhase.m1.commandBus()),
                    meanMs(appPhase.m0.acquire(), appPhase.m1.acquire()), appPhase.maxPending, appPhase.poolMax, windowPeak / 1024.0,
                    appPhase.walKbPerCommand));
            details.add(String.format("- N=%d raw: %s.", n, raw.cpu));
            commandPhases.put(n, appPhase);
            rawPhases.put(n, raw);
            row("commands/s over HTTP, " + n + " clients", "≥ 1,500/s", String.format("%.0f/s (p99 %.1f ms)", appPhase.rate, appPhase.latency.pct(99)), appPhase.rate >= 1500);
            row("app / raw INSERT+COMMIT, " + n + " clients", "≥ 0.5", String.format("%.3f (raw %.0f/s)", ratio, raw.rate), ratio >= 0.5);
        }
        line("");
        details.forEach(this::line);
        long[] m = app.memory();
        line(String.format("%n**5. Peak resident memory** of the app under the throughput test (VmRSS sampled every 100 ms"
                + " over the measured app phases): **%.0f MB**; VmHWM (lifetime peak of the process) after scenario 1: %.0f MB; -Xmx%s.",
                peakRss / 1024.0, m[1] / 1024.0, cfg.xmx));
        double[] heapUsed = api.metric("jvm.memory.used", "area:heap");
        double[] heapCommitted = api.metric("jvm.memory.committed", "area:heap");
        double[] nonHeap = api.metric("jvm.memory.committed", "area:nonheap");
        line(String.format("JVM after scenario 1: heap used %.0f MB, heap committed %.0f MB, non-heap committed %.0f MB,"
                + " live threads %.0f.", heapUsed[0] / 1048576, heapCommitted[0] / 1048576, nonHeap[0] / 1048576,
                api.metric("jvm.threads.live", null)[0]));
        row("peak RSS under the throughput test", "≤ 512 MB", String.format("%.0f MB (VmHWM %.0f MB)", peakRss / 1024.0, m[1] / 1024.0), peakRss <= 512 * 1024);
        requestsThatStoreNothing(commandPhases, rawPhases);
    }

    /**
     * The ceiling the request path sets on the ratio to raw, measured rather than argued. After the measurements
     * above (so that other code paths cannot disturb the compiled code those measured), the same clients send
     * requests that store nothing. A command that stores its event can be no faster than the same command finding
     * nothing to change; and since it also makes its event durable, on a machine its clients saturate it can be no
     * faster than the cores allow for a no-op command plus one raw insert and commit.
     */
    private void requestsThatStoreNothing(Map<Integer, Phase> commandPhases, Map<Integer, Phase> rawPhases) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        line("");
        line("**Requests that store nothing, at the same concurrency.** After the measurements above, the same clients"
                + " send, in windows of the same length, (a) *no-op commands*: each property's last command again, which"
                + " asks for the state the property already has, so the service goes the whole way of a command (HTTP,"
                + " the bearer token, Spring Security and MVC, JSON, the command bus, the cached aggregate and its"
                + " checks) and answers 200 without appending an event, committing or feeding a projection; (b) the"
                + " liveness probe `GET " + LIVENESS + "` (HTTP and Spring MVC alone). CPU per operation is the app's,"
                + " PostgreSQL's and the harness's together: the machine's work for one operation. The last column is"
                + " the most commands per second the " + cores + " cores allow if a command cost only a no-op command"
                + " plus one raw insert and commit (its event made durable, nothing projected), as a share of raw."
                + " *Budget at 0.5* is the CPU a command may spend beyond a no-op command (storing its event, committing,"
                + " projecting it) for the cores to allow half the raw rate; *spent now* is what it spends: a"
                + " command's CPU less a no-op command's.");
        line("");
        line("| clients | raw INSERT+COMMIT/s (CPU per op) | commands/s (CPU per command) | no-op commands/s (CPU) | no-op / raw | events appended by the no-ops | liveness probes/s (CPU) | probes / raw | CPU ceiling / raw | budget at 0.5 | spent now |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> details = new ArrayList<>();
        double highestCeiling = 0;
        for (int n : cfg.clients) {
            memory.phase("scenario 1, no-op commands, " + n + " clients");
            Phase noOp = httpPhase(n, p -> api.repeatLast(p, TIMEOUT));
            memory.phase("scenario 1, liveness probes, " + n + " clients");
            Phase probe = httpPhase(n, p -> api.get(LIVENESS));
            Phase raw = rawPhases.get(n);
            Phase command = commandPhases.get(n);
            double noOpRatio = noOp.rate / raw.rate;
            double ceiling = cpuCeiling(cores, noOp.msPerOperation, raw.msPerOperation, raw.rate);
            double budget = storingBudget(cores, raw.rate, 0.5, noOp.msPerOperation);
            double spent = command.msPerOperation - noOp.msPerOperation;
            highestCeiling = Math.max(highestCeiling, ceiling);
            line(String.format("| %d | %.0f (%.3f ms) | %.0f (%.3f ms) | %.0f (%.3f ms) | %.3f | %d | %.0f (%.3f ms) | %.3f | %.3f | %.3f ms | %.3f ms |",
                    n, raw.rate, raw.msPerOperation, command.rate, command.msPerOperation, noOp.rate,
                    noOp.msPerOperation, noOpRatio, noOp.eventsAppended, probe.rate, probe.msPerOperation,
                    probe.rate / raw.rate, ceiling, budget, spent));
            details.add(String.format("- N=%d no-op commands: statuses %s; latency p50 / p99 %.1f / %.1f ms; %s.", n,
                    noOp.statuses, noOp.latency.pct(50), noOp.latency.pct(99), noOp.cpu));
            details.add(String.format("- N=%d liveness probes: statuses %s; latency p50 / p99 %.2f / %.2f ms; %s.", n,
                    probe.statuses, probe.latency.pct(50), probe.latency.pct(99), probe.cpu));
            row("no-op commands (nothing stored) / raw, " + n + " clients", "ceiling of the ≥ 0.5 target",
                    String.format("%.3f (%.0f/s, %.3f ms of CPU each; raw %.0f/s, %.3f ms)", noOpRatio, noOp.rate,
                            noOp.msPerOperation, raw.rate, raw.msPerOperation), null);
            row("CPU ceiling (a no-op command + one raw insert) / raw, " + n + " clients", "ceiling of the ≥ 0.5 target",
                    String.format("%.3f; at 0.5 a command could spend %.3f ms beyond a no-op one, it spends %.3f ms",
                            ceiling, budget, spent), null);
        }
        line("");
        details.forEach(this::line);
        line("");
        line(String.format("A command that stores an event does everything a no-op command does and makes its event"
                + " durable besides: with the cores saturated it can reach at most %.3f of raw at these concurrencies"
                + " %s, before any projection runs.", highestCeiling, highestCeiling < 0.5
                ? "(the target of 0.5 is out of reach for this request path)"
                : "(this bound does not exclude the target of 0.5)"));
    }

    /** One measured window: the app's commands or the raw inserts, at one concurrency. */
    static final class Phase {
        double rate;
        Stats latency;
        Map<String, Long> errors = new TreeMap<>();
        String cpu;
        ServiceMetrics m0;
        ServiceMetrics m1;
        double maxPending;
        double poolMax;
        /** WAL written in the window per accepted command, kB (the projections' writes of earlier commands too). */
        double walKbPerCommand;
        /** The CPU of app, PostgreSQL and harness together per operation completed in the window, ms. */
        double msPerOperation;
        /** Events appended to the store between the window's edges (HTTP windows only). */
        long eventsAppended;
        /** Answers in the window by status (HTTP windows only). */
        Map<String, Long> statuses = new TreeMap<>();
    }

    /**
     * The most commands per second {@code cores} allow when each costs {@code noOpMs} of CPU (the request path) plus
     * {@code rawMs} (a durable insert and commit), as a share of {@code rawRate} raw inserts per second.
     */
    static double cpuCeiling(int cores, double noOpMs, double rawMs, double rawRate) {
        return cores * 1000.0 / (noOpMs + rawMs) / rawRate;
    }

    /**
     * The CPU, in ms, a command may spend beyond a no-op command ({@code noOpMs}) for {@code cores} to serve
     * {@code share} of {@code rawRate} commands per second; negative when the no-op command alone costs too much.
     */
    static double storingBudget(int cores, double rawRate, double share, double noOpMs) {
        return cores * 1000.0 / (share * rawRate) - noOpMs;
    }

    /** A client's request to one of its properties. */
    @FunctionalInterface
    interface Request {
        Api.Answer send(Api.Property property) throws Exception;
    }

    /** The app's window: {@code n} clients, each sending {@code request} to its own properties one at a time. */
    Phase httpPhase(int n, Request request) throws Exception {
        long start = System.nanoTime();
        long from = start + TimeUnit.SECONDS.toNanos(cfg.warmupSec);
        long to = from + TimeUnit.SECONDS.toNanos(cfg.durationSec);
        List<List<Long>> lat = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicLong> status = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Api.Property> mine = harness.shareOf(i, n);
            if (mine.isEmpty()) {
                mine.add(properties.get(i % properties.size()));
            }
            Thread th = new Thread(() -> {
                List<Long> l = new ArrayList<>();
                int k = 0;
                while (System.nanoTime() < to) {
                    Api.Property p = mine.get(k++ % mine.size());
                    long t0 = System.nanoTime();
                    String st;
                    try {
                        st = String.valueOf(request.send(p).status());
                    } catch (Exception e) {
                        st = e.getClass().getSimpleName();
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= from && t1 <= to) {
                        l.add(t1 - t0);
                        status.computeIfAbsent(st, x -> new AtomicLong()).incrementAndGet();
                    }
                }
                lat.add(l);
            }, "client-" + i);
            threads.add(th);
            th.start();
        }
        Phase ph = new Phase();
        // opened beforehand: the WAL counters are read at the window's edges without connecting
        Connection statistics = db();
        sleepUntil(from);
        AppProcess.Cpu c0 = app.cpu();
        DatabaseWrites writes0 = DatabaseWrites.read(statistics);
        long events0 = lastEvent(statistics);
        ph.m0 = ServiceMetrics.read(api);
        ph.poolMax = api.metric("hikaricp.connections.max", null)[0];
        while (System.nanoTime() < to - 300_000_000L) {
            ph.maxPending = Math.max(ph.maxPending, api.metric("hikaricp.connections.pending", null)[0]);
            Thread.sleep(250);
        }
        sleepUntil(to);
        AppProcess.Cpu c1 = app.cpu();
        DatabaseWrites writes = DatabaseWrites.read(statistics).since(writes0);
        ph.eventsAppended = lastEvent(statistics) - events0;
        statistics.close();
        ph.m1 = ServiceMetrics.read(api);
        for (Thread th : threads) {
            th.join(60_000);
        }
        List<Long> all = new ArrayList<>();
        lat.forEach(all::addAll);
        long ok = 0;
        for (Map.Entry<String, AtomicLong> e : status.entrySet()) {
            if (e.getKey().startsWith("2")) {
                ok += e.getValue().get();
            } else {
                ph.errors.put(e.getKey(), e.getValue().get());
            }
        }
        ph.rate = ok / (double) cfg.durationSec;
        ph.walKbPerCommand = writes.walBytes() / 1e3 / Math.max(1, ok);
        ph.latency = Stats.of(all);
        ph.cpu = c0.until(c1);
        ph.msPerOperation = c0.msPerOperation(c1, all.size());
        status.forEach((key, count) -> ph.statuses.put(key, count.get()));
        return ph;
    }

    /** The event table's highest {@code global_index} (0 when empty). */
    private static long lastEvent(Connection c) throws Exception {
        try (Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The raw baseline's window: {@code n} threads, each inserting one row per autocommitted statement. */
    Phase rawPhase(int n) throws Exception {
        String payload = "x".repeat(300);
        AtomicLong errors = new AtomicLong();
        List<List<Long>> lat = Collections.synchronizedList(new ArrayList<>());
        long from = System.nanoTime() + TimeUnit.SECONDS.toNanos(cfg.warmupSec);
        long to = from + TimeUnit.SECONDS.toNanos(cfg.durationSec);
        // the connections stay open until the CPU sample at the end is taken: a backend exiting during the sample
        // is counted neither as a live child nor yet in the postmaster's reaped-children time
        CountDownLatch sampled = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int client = i;
            Thread th = new Thread(() -> {
                List<Long> l = new ArrayList<>();
                try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO loadtest_raw (client, payload) VALUES (?, ?)")) {
                    c.setAutoCommit(true);
                    while (System.nanoTime() < to) {
                        long t0 = System.nanoTime();
                        ps.setInt(1, client);
                        ps.setString(2, payload);
                        ps.executeUpdate();
                        long t1 = System.nanoTime();
                        if (t0 >= from && t1 <= to) {
                            l.add(t1 - t0);
                        }
                    }
                    sampled.await(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    errors.incrementAndGet();
                    e.printStackTrace();
                }
                lat.add(l);
            }, "raw-" + i);
            threads.add(th);
            th.start();
        }
        sleepUntil(from);
        AppProcess.Cpu c0 = app.cpu();
        sleepUntil(to);
        AppProcess.Cpu c1 = app.cpu();
        sampled.countDown();
        for (Thread th : threads) {
            th.join(60_000);
        }
        List<Long> all = new ArrayList<>();
        lat.forEach(all::addAll);
        Phase ph = new Phase();
        ph.rate = all.size() / (double) cfg.durationSec;
        ph.latency = Stats.of(all);
        ph.cpu = c0.until(c1) + (errors.get() > 0 ? "; " + errors.get() + " threads failed" : "");
        ph.msPerOperation = c0.msPerOperation(c1, all.size());
        return ph;
    }

    /** Sleeps until {@code System.nanoTime()} reaches {@code nanos}. */
    static void sleepUntil(long nanos) throws InterruptedException {
        long d;
        while ((d = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.min(d / 1_000_000 + 1, 200));
        }
    }

    /** The mean of a timer between two readings ({count, total seconds}), in ms, with the count. */
    static String meanMs(double[] a, double[] b) {
        double n = b[0] - a[0];
        return n <= 0 ? "n/a" : String.format("%.2f ms (n=%.0f)", (b[1] - a[1]) / n * 1000, n);
    }
}
