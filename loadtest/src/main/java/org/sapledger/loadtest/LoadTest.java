package org.sapledger.loadtest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * The load harness of issue 7: one app process, one embedded PostgreSQL, every scenario, one report.
 * See loadtest/README.md for the command and the knobs.
 */
public final class LoadTest {

    /** The event processors, in the order of the per-event table's columns (plan-directory is subscribing: no token). */
    static final List<String> PROJECTIONS = List.of("property-summary", "plan-directory", "worksheets");
    /** Indexes into {@link #PROJECTIONS}. */
    static final int PROPERTY_SUMMARY = 0;
    static final int PLAN_DIRECTORY = 1;
    static final int WORKSHEETS = 2;

    final Config cfg = new Config();
    final StringBuilder md = new StringBuilder();
    final List<String[]> summary = new ArrayList<>();
    AppProcess app;
    Api api;
    String jdbcUrl;
    String xml;
    final List<Api.Property> properties = new ArrayList<>();
    Api.Property rebuildSource;
    Api.Property historySource;
    final MemorySampler memory = new MemorySampler();

    public static void main(String[] args) throws Exception {
        Config cfg = new Config();
        if (cfg.crash()) {
            System.exit(new CrashTest(cfg).run() ? 0 : 1);
        }
        new LoadTest().run();
    }

    void run() throws Exception {
        Instant started = Instant.now();
        Path work = Path.of(cfg.workDir);
        Files.createDirectories(work);
        String stamp = started.toString().replaceAll("[^0-9]", "").substring(0, 14);
        String jar = appJar(cfg, work, stamp);
        xml = referenceXml();
        Path dataDir = work.resolve("pgdata-" + stamp);
        app = new AppProcess(dataDir, work.resolve("app-" + stamp + ".log"), cfg.httpPort, cfg.pgPort);
        Thread hook = new Thread(() -> {
            try {
                app.close();
            } catch (Exception e) {
                // best effort
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        header(started, jar);
        try {
            long t = System.nanoTime();
            // scenario 4 reads the processors' CPU per event, a metric the service publishes only when asked
            String jvmOpts = List.of(cfg.scenarios.split(",")).contains("4")
                    ? cfg.jvmOpts + " -Dsapledger.metrics.handler-cpu=true" : cfg.jvmOpts;
            app.start(jar, cfg.xmx, jvmOpts, cfg.startupTimeoutSec);
            md.append(String.format("App ready in %.1f s (pid %d, embedded PostgreSQL postmaster pid %s, data in `%s`).%n%n",
                    (System.nanoTime() - t) / 1e9, app.pid(), app.postmasterPid(), dataDir));
            api = new Api(cfg);
            jdbcUrl = "jdbc:postgresql://127.0.0.1:" + cfg.pgPort + "/postgres";
            try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings"
                            + " WHERE name IN ('fsync','synchronous_commit','full_page_writes','shared_buffers','max_connections','wal_level')")) {
                rs.next();
                md.append("PostgreSQL settings (the embedded server's defaults; they apply to the app and the raw baselines alike): ")
                        .append(rs.getString(1)).append(".\n\n");
            }
            if (!cfg.pgSettings.isEmpty()) {
                try (Connection c = db(); Statement s = c.createStatement()) {
                    for (Map.Entry<String, String> setting : cfg.pgSettings.entrySet()) {
                        s.execute("ALTER SYSTEM SET " + setting.getKey() + " = '" + setting.getValue() + "'");
                    }
                    s.execute("SELECT pg_reload_conf()");
                }
                md.append("Changed for this run (`load.pgSettings`, reloaded): ").append(cfg.pgSettings).append(".\n\n");
            }
            memory.start();
            setup();
            if (cfg.runs(1)) {
                scenario1();
            }
            if (cfg.runs(2)) {
                scenario2();
            }
            if (cfg.runs(4)) {
                scenario4();
            }
            if (cfg.runs(3)) {
                scenario3();
            }
        } catch (Throwable e) {
            md.append("\n**The run failed:** `").append(e).append("`\n");
            e.printStackTrace();
        } finally {
            memory.stop();
            md.append(String.format("%nPeak VmRSS of the app over the whole run: %.0f MB (during: %s); VmHWM at the end: %.0f MB.%n",
                    memory.peakAll / 1024.0, memory.peakAllPhase, memory.lastHwm / 1024.0));
            app.close();
            Runtime.getRuntime().removeShutdownHook(hook);
            if (!cfg.keepData) {
                deleteTree(dataDir);
            }
        }
        ReportFile.finish(md, started, this::render, cfg.reportDir, "report.md");
    }

    /**
     * The app jar to run: {@code load.jar}, or a copy of {@code app/target/sapledger.jar} in the work directory, so
     * a rebuild during the run cannot change it.
     */
    static String appJar(Config cfg, Path work, String stamp) throws IOException {
        if (!cfg.jar.isEmpty()) {
            return cfg.jar;
        }
        Path built = Path.of("app/target/sapledger.jar");
        if (!Files.exists(built)) {
            throw new IllegalStateException("no app/target/sapledger.jar: build the app first or pass -Dload.jar=");
        }
        Path copy = work.resolve("sapledger-" + stamp + ".jar");
        Files.copy(built, copy);
        return copy.toString();
    }

    /** The M1 reference dwelling every property is imported from ({@code load.xml} to use another file). */
    static String referenceXml() throws IOException {
        Path xmlPath = Path.of(System.getProperty("load.xml", "calc/src/test/resources/reference/m1-detached-100m2.xml"));
        if (!Files.exists(xmlPath)) {
            xmlPath = Path.of("/work/main/calc/src/test/resources/reference/m1-detached-100m2.xml");
        }
        return Files.readString(xmlPath);
    }

    // ------------------------------------------------------------------------------------------------ report

    void header(Instant started, String jar) throws IOException {
        md.append("## Machine and run\n\n");
        md.append("- started ").append(started).append('\n');
        md.append("- `nproc`: ").append(Runtime.getRuntime().availableProcessors()).append('\n');
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        md.append("- CPU model: ").append(cpu).append('\n');
        String mem = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
        md.append("- memory: ").append(mem).append(String.format(" (%.0f GB)", Long.parseLong(mem.replaceAll("\\D", "")) / 1048576.0)).append('\n');
        md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- app jar: `").append(jar).append("`, `-Xmx").append(cfg.xmx).append(' ').append(cfg.jvmOpts).append("`, MALLOC_ARENA_MAX=2, embedded PostgreSQL 14 on 127.0.0.1:").append(cfg.pgPort).append('\n');
        md.append("- settings: ").append(cfg.describe()).append('\n');
        md.append("- command: `").append(ProcessHandle.current().info().commandLine().orElse("?")).append("`\n\n");
    }

    String render() {
        StringBuilder out = new StringBuilder("# sapledger load test report" + (cfg.quick ? " (QUICK SMOKE RUN, tiny numbers)" : "") + "\n\n");
        out.append("| figure | target | measured | met |\n|---|---|---|---|\n");
        for (String[] r : summary) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        out.append('\n').append(md);
        return out.toString();
    }

    void row(String figure, String target, String measured, Boolean met) {
        summary.add(new String[]{figure, target, measured, met == null ? "" : met ? "yes" : "**no**"});
    }

    void section(String title) {
        System.out.println("\n=== " + title + " (" + Instant.now() + ")");
        md.append("\n## ").append(title).append("\n\n");
    }

    void line(String s) {
        System.out.println(s);
        md.append(s).append('\n');
    }

    // ------------------------------------------------------------------------------------------------ helpers

    Connection db() throws Exception {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }

    long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    ProjectionProgress progress(Connection c) throws Exception {
        return ProjectionProgress.read(c);
    }

    /** Waits until every projection has processed every event and is idle; the time it took in ms, or -1. */
    long waitProjections(int timeoutSec) throws Exception {
        return ProjectionProgress.awaitCaughtUp(this::db, api, timeoutSec);
    }

    static void sleepUntil(long nanos) throws InterruptedException {
        long d;
        while ((d = nanos - System.nanoTime()) > 0) {
            Thread.sleep(Math.min(d / 1_000_000 + 1, 200));
        }
    }

    static void deleteTree(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }

    /** Hikari, command bus and HTTP server metrics at one instant, for deltas over a window. */
    record Metrics(double[] acquire, double[] commandBus, double[] http) {
    }

    Metrics metrics() throws Exception {
        return new Metrics(api.metric("hikaricp.connections.acquire", null), api.metric("commandBus.allTimer", null),
                api.metric("http.server.requests", null));
    }

    static String meanMs(double[] a, double[] b) {
        double n = b[0] - a[0];
        return n <= 0 ? "n/a" : String.format("%.2f ms (n=%.0f)", (b[1] - a[1]) / n * 1000, n);
    }

    // ------------------------------------------------------------------------------------------------ setup

    /** The climate region of the n-th property: the 21 regions of the UK in turn. */
    static int climateRegion(int n) {
        return 1 + n % 21;
    }

    void setup() throws Exception {
        section("Setup");
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Api.Property>> fs = new ArrayList<>();
        for (int i = 0; i < cfg.properties; i++) {
            int n = i;
            fs.add(pool.submit(() -> api.importProperty(xml, "Load+" + n, climateRegion(n))));
        }
        for (Future<Api.Property> f : fs) {
            properties.add(f.get());
        }
        pool.shutdown();
        double importSec = (System.nanoTime() - t) / 1e9;
        rebuildSource = api.importProperty(xml, "Rebuild+source", climateRegion(0));
        for (int i = 0; i < cfg.rebuildSourceEvents - 2; i++) {
            Api.Answer a = api.next(rebuildSource, Duration.ofSeconds(30));
            if (!a.ok()) {
                throw new IllegalStateException("command failed: " + a.status() + " " + a.body());
            }
        }
        historySource = api.importProperty(xml, "History+source", climateRegion(1));
        for (int i = 0; i < 8; i++) {
            Api.Answer a = api.next(historySource, Duration.ofSeconds(30));
            if (!a.ok()) {
                throw new IllegalStateException("command failed: " + a.status() + " " + a.body());
            }
        }
        long drained = waitProjections(cfg.drainTimeoutSec);
        line(String.format("Imported %d properties (the 21 climate regions in turn) with 8 clients in %.1f s (%.0f imports/s, 2 events each); built a %d-event"
                        + " rebuild source and a 10-event history source through the API; projections caught up %d ms later.",
                properties.size(), importSec, properties.size() / importSec, cfg.rebuildSourceEvents, drained));
    }

    // ------------------------------------------------------------------------------------------------ scenario 1 + 5

    void scenario1() throws Exception {
        section("1. Command throughput over HTTP vs raw JDBC (and 5. peak RSS)");
        line("Each client owns the properties i, i+N, i+2N, … (no two clients share a property, no If-Match) and sends"
                + " the 8-step cycle wall U 0.3 → cooling 40 m² SEER 5.1 → thermal mass 150 → y 0.1 → wall U 0.5 →"
                + " remove cooling → thermal mass 250 → y 0.15 round-robin over its properties, one request at a time."
                + String.format(" %d s warm-up, then %d s measured (commands completing in the window). The raw baseline:"
                + " the same N threads, one connection each, autocommit single-row `INSERT` (≈300 bytes of text) into a scratch table.", cfg.warmupSec, cfg.durationSec));
        line("Before the first measurement, " + warmUntilCompiled(cfg.jvmWarmupCommands));
        line("");
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS loadtest_raw (id BIGSERIAL PRIMARY KEY, client INT NOT NULL,"
                    + " payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        line("| clients | app accepted/s | errors | latency p50 / p99 / max | raw INSERT+COMMIT/s | raw p50 / p99 | app / raw | projection backlog drained after |");
        line("|---|---|---|---|---|---|---|---|");
        List<String> details = new ArrayList<>();
        long peakRss = 0;
        for (int n : cfg.clients) {
            memory.phase("scenario 1, app, " + n + " clients");
            memory.resetWindow();
            Phase appPhase = httpPhase(n);
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
                    n, appPhase.cpu, meanMs(appPhase.m0.http, appPhase.m1.http), meanMs(appPhase.m0.commandBus, appPhase.m1.commandBus),
                    meanMs(appPhase.m0.acquire, appPhase.m1.acquire), appPhase.maxPending, appPhase.poolMax, windowPeak / 1024.0,
                    appPhase.walKbPerCommand));
            details.add(String.format("- N=%d raw: %s.", n, raw.cpu));
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
    }

    static final class Phase {
        double rate;
        Stats latency;
        Map<String, Long> errors = new TreeMap<>();
        String cpu;
        Metrics m0;
        Metrics m1;
        double maxPending;
        double poolMax;
        /** WAL written in the window per accepted command, kB (the projections' writes of earlier commands too). */
        double walKbPerCommand;
    }

    Phase httpPhase(int n) throws Exception {
        long start = System.nanoTime();
        long from = start + TimeUnit.SECONDS.toNanos(cfg.warmupSec);
        long to = from + TimeUnit.SECONDS.toNanos(cfg.durationSec);
        List<List<Long>> lat = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicLong> status = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Api.Property> mine = shareOf(i, n);
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
                        st = String.valueOf(api.next(p, Duration.ofSeconds(30)).status());
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
        ph.m0 = metrics();
        ph.poolMax = api.metric("hikaricp.connections.max", null)[0];
        while (System.nanoTime() < to - 300_000_000L) {
            ph.maxPending = Math.max(ph.maxPending, api.metric("hikaricp.connections.pending", null)[0]);
            Thread.sleep(250);
        }
        sleepUntil(to);
        AppProcess.Cpu c1 = app.cpu();
        DatabaseWrites writes = DatabaseWrites.read(statistics).since(writes0);
        statistics.close();
        ph.m1 = metrics();
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
        return ph;
    }

    Phase rawPhase(int n) throws Exception {
        long start = System.nanoTime();
        long from = start + TimeUnit.SECONDS.toNanos(cfg.warmupSec);
        long to = from + TimeUnit.SECONDS.toNanos(cfg.durationSec);
        List<List<Long>> lat = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        String payload = "x".repeat(300);
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
        return ph;
    }

    // ------------------------------------------------------------------------------------------------ scenario 2

    record Sent(String property, long scheduled, long sent, long answered, long version, int status, boolean measured) {
    }

    void scenario2() throws Exception {
        section("2. Command → query visibility lag at a fixed " + cfg.lagRate + " commands/s");
        memory.phase("scenario 2");
        int rate = cfg.lagRate;
        long period = 1_000_000_000L / rate;
        int total = rate * (cfg.lagWarmupSec + cfg.lagDurationSec);
        long warmEnd = (long) rate * cfg.lagWarmupSec;
        Map<String, Api.Property> byId = new LinkedHashMap<>();
        properties.forEach(p -> byId.put(p.id, p));
        // the poller: every ~2 ms, the worksheet_version of every property with a command in flight; the first
        // instant each version was seen
        Map<String, List<long[]>> seen = new ConcurrentHashMap<>();
        byId.keySet().forEach(id -> seen.put(id, Collections.synchronizedList(new ArrayList<>())));
        InFlightProperties inFlight = new InFlightProperties();
        AtomicBoolean polling = new AtomicBoolean(true);
        AtomicLong polls = new AtomicLong();
        AtomicLong polledRows = new AtomicLong();
        Thread poller = new Thread(() -> {
            Map<String, Long> last = new ConcurrentHashMap<>();
            try (Connection c = db(); PreparedStatement ps = c.prepareStatement(
                    "SELECT property_id, version FROM worksheet_version WHERE property_id = ANY (?)")) {
                while (polling.get()) {
                    String[] watched = inFlight.watched();
                    if (watched.length > 0) {
                        ps.setArray(1, c.createArrayOf("varchar", watched));
                        try (ResultSet rs = ps.executeQuery()) {
                            long now = System.nanoTime();
                            while (rs.next()) {
                                String id = rs.getString(1);
                                long v = rs.getLong(2);
                                Long prev = last.get(id);
                                if (prev == null || v > prev) {
                                    last.put(id, v);
                                    seen.get(id).add(new long[]{v, now});
                                }
                                inFlight.shown(id, v);
                                polledRows.incrementAndGet();
                            }
                        }
                    }
                    polls.incrementAndGet();
                    LockSupport.parkNanos(cfg.lagPollMicros * 1000L);
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "lag-poller");
        poller.start();
        // a thread of the harness's own JVM that asks for 1 ms sleeps: when it wakes much later, the whole VM stalled
        List<long[]> harnessStalls = new CopyOnWriteArrayList<>();
        Thread stallProbe = new Thread(() -> {
            long before = System.nanoTime();
            while (polling.get()) {
                LockSupport.parkNanos(1_000_000L);
                long now = System.nanoTime();
                if (now - before > 20_000_000L) {
                    harnessStalls.add(new long[] {before, now - before});
                }
                before = now;
            }
        }, "stall-probe");
        stallProbe.setDaemon(true);
        stallProbe.start();
        // a durable single-row commit every 10 ms on a connection of its own: when one takes long, PostgreSQL (or
        // the disk under it) stalled, whatever the app was doing
        List<long[]> commitProbe = Collections.synchronizedList(new ArrayList<>());
        Thread commitProber = new Thread(() -> {
            try (Connection c = db(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS load_commit_probe (id bigserial PRIMARY KEY,"
                        + " at timestamptz NOT NULL DEFAULT clock_timestamp())");
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO load_commit_probe DEFAULT VALUES")) {
                    while (polling.get()) {
                        long before = System.nanoTime();
                        ins.executeUpdate();
                        commitProbe.add(new long[] {before, System.nanoTime() - before});
                        LockSupport.parkNanos(10_000_000L);
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "commit-probe");
        commitProber.setDaemon(true);
        commitProber.start();
        Thread.sleep(200);
        ThreadPoolExecutor workers = new ThreadPoolExecutor(cfg.lagWorkers, cfg.lagWorkers, 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(rate * 2));
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicLong dropped = new AtomicLong();
        List<Api.Property> ps = new ArrayList<>(byId.values());
        long t0 = System.nanoTime() + 50_000_000L;
        long pollStart = polls.get();
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
        while (System.nanoTime() < deadline && !allVisible(sent, seen)) {
            Thread.sleep(20);
        }
        polling.set(false);
        poller.join(5000);
        stallProbe.join(1000);
        commitProber.join(1000);
        List<long[]> appStops = app.safepointStops(1_000_000L);
        long pollCount = polls.get() - pollStart;
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
        List<long[]> probeInWindow;
        synchronized (commitProbe) {
            probeInWindow = commitProbe.stream()
                    .filter(c -> c[0] >= measureStartNanos && c[0] <= lastAnswer).toList();
        }
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
            long vis = visibleAt(seen.get(s.property), s.version);
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
                cfg.lagWarmupSec, cfg.lagDurationSec, cfg.lagPollMicros, pollMs, polledRows.get() / (double) Math.max(1, polls.get())));
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

    /**
     * PostgreSQL's checkpoints and WAL so far ({@code pg_stat_bgwriter}, {@code pg_stat_wal}); a window's figures are
     * the difference of two readings ({@link #since}).
     *
     * @param checkpoints      checkpoints begun (timed or requested)
     * @param requested        checkpoints requested by the volume of WAL rather than the timer
     * @param writeMicros      time spent writing checkpoints' pages, µs
     * @param syncMicros       time spent syncing checkpoints' files, µs
     * @param walBytes         WAL written
     * @param fullPageImages   full-page images in that WAL
     */
    record DatabaseWrites(long checkpoints, long requested, long writeMicros, long syncMicros, long walBytes,
                          long fullPageImages) {

        static DatabaseWrites read(Connection c) throws Exception {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT checkpoints_timed + checkpoints_req, checkpoints_req, (checkpoint_write_time * 1000)::bigint,"
                            + " (checkpoint_sync_time * 1000)::bigint, w.wal_bytes::bigint, w.wal_fpi"
                            + " FROM pg_stat_bgwriter, pg_stat_wal w")) {
                rs.next();
                return new DatabaseWrites(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6));
            }
        }

        /** What was written between {@code earlier} and this reading. */
        DatabaseWrites since(DatabaseWrites earlier) {
            return new DatabaseWrites(checkpoints - earlier.checkpoints, requested - earlier.requested,
                    writeMicros - earlier.writeMicros, syncMicros - earlier.syncMicros, walBytes - earlier.walBytes,
                    fullPageImages - earlier.fullPageImages);
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

    static long visibleAt(List<long[]> obs, long version) {
        synchronized (obs) {
            for (long[] o : obs) {
                if (o[0] >= version) {
                    return o[1];
                }
            }
        }
        return -1;
    }

    static boolean allVisible(ConcurrentLinkedQueue<Sent> sent, Map<String, List<long[]>> seen) {
        for (Sent s : sent) {
            if (s.version >= 0 && visibleAt(seen.get(s.property), s.version) < 0) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------ scenario 4

    static final String COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
            + " payload_revision, payload, meta_data";

    void scenario4() throws Exception {
        section("4. Per-event projection cost as one property's history grows");
        memory.phase("scenario 4");
        int rounds = Math.max(1, cfg.historyRounds);
        int perBlock = Math.max(1, cfg.historyCommands / rounds);
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
        // The JIT keeps compiling through tens of thousands of events: without a warm-up the first lengths measured
        // the JVM warming, not the history growing. A cloned history the projections catch up with warms their
        // handlers and calc as the long histories' own catch-up would; commands warm the request path.
        int warmupCycles = Math.max(0, (cfg.historyJvmWarmupEvents - 10) / 8);
        if (warmupCycles > 0) {
            cloneHistory(UUID.randomUUID().toString(), warmupCycles);
        }
        String concurrent = warmUntilCompiled(cfg.historyJvmWarmupConcurrentCommands);
        String sequential = warmSequentiallyUntilCompiled();
        waitProjections(cfg.historyCatchUpTimeoutSec);
        line("Before the clones, the projections catch up with a cloned " + (10 + 8 * warmupCycles)
                + "-event history; then, over the setup's properties, " + concurrent + " Then " + sequential);
        line("");

        // 1. every length's property: cloned, caught up with, loaded once (its snapshot taken)
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

        // 2. the interleaved measurement, after one unmeasured round (in reverse, as every odd round): the very first
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

        // 3. the report: per length, sums over its blocks
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
     * command from a poller of {@code worksheet_version}.
     */
    /** Sends one block of commands to a length's property; only a measured block adds to the length's figures. */
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

    /** One length of scenario 4: its cloned property, the clone's figures, and the sums over its measured blocks. */
    static final class HistoryLength {
        final int target;
        final int history;
        /** The cloned property; one instance, as it remembers where in the mix its next command is. */
        final Api.Property property;
        double cloneSec;
        double catchSec;
        boolean caughtUp;
        double firstMs;
        long snapshotSeq;
        int failures;
        final List<Long> latencies = new ArrayList<>();
        final List<Long> lags = new ArrayList<>();
        /** Per processor (in {@link #PROJECTIONS} order): events handled and handler seconds, summed over blocks. */
        final double[] count = new double[3];
        final double[] seconds = new double[3];
        long cpuTicks;
        /** The worksheets handler's ms/event of each block. */
        final List<Double> blockMs = new ArrayList<>();
        /** The worksheets handler thread's CPU ({@code eventProcessor.handlerCpu}), summed over blocks, and per block. */
        double handlerCpuCount;
        double handlerCpuSeconds;
        final List<Double> blockCpuMs = new ArrayList<>();
        /**
         * The worksheets processor's CPU per batch ({@code eventProcessor.batchCpu}: handling, the lines' evaluation
         * and writes at the commit, the token update), summed over blocks, and per block per event.
         */
        double batchCpuSeconds;
        final List<Double> blockBatchCpuMs = new ArrayList<>();

        HistoryLength(int target, int history, String id) {
            this.target = target;
            this.history = history;
            this.property = new Api.Property(id);
        }

        double handlerMs(int processor) {
            return count[processor] > 0 ? seconds[processor] / count[processor] * 1000 : Double.NaN;
        }

        double cpuMs() {
            return count[WORKSHEETS] > 0 ? cpuTicks * 1000.0 / AppProcess.CLK_TCK / count[WORKSHEETS] : Double.NaN;
        }

        double handlerCpuMs() {
            return handlerCpuCount > 0 ? handlerCpuSeconds / handlerCpuCount * 1000 : Double.NaN;
        }

        double batchCpuMs() {
            return handlerCpuCount > 0 ? batchCpuSeconds / handlerCpuCount * 1000 : Double.NaN;
        }

        /**
         * The handler thread's CPU per event of this length relative to {@code base}'s, − 1, and the half-width of its
         * approximate 95% interval from the spread of both lengths' per-block figures (the delta method on the ratio
         * of the two means of blocks; every block has the same number of commands).
         */
        double[] handlerCpuRelativeTo(HistoryLength base) {
            return relative(blockCpuMs, base.blockCpuMs);
        }

        /** As {@link #handlerCpuRelativeTo}, for the batch CPU per event. */
        double[] batchCpuRelativeTo(HistoryLength base) {
            return relative(blockBatchCpuMs, base.blockBatchCpuMs);
        }

        private static double[] relative(List<Double> blocks, List<Double> baseBlocks) {
            double mean = mean(blocks);
            double baseMean = mean(baseBlocks);
            double ratio = mean / baseMean;
            double relSe = Math.sqrt(Math.pow(standardError(blocks) / mean, 2)
                    + Math.pow(standardError(baseBlocks) / baseMean, 2));
            return new double[]{ratio - 1, 1.96 * ratio * relSe};
        }

        static double mean(List<Double> values) {
            return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        static double standardError(List<Double> values) {
            int n = values.size();
            if (n < 2) {
                return Double.NaN;
            }
            double mean = mean(values);
            double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            return Math.sqrt(squares / (n - 1) / n);
        }

        static double median(List<Double> values) {
            if (values.isEmpty()) {
                return Double.NaN;
            }
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        double blockMin() {
            return blockMs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double blockMax() {
            return blockMs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
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
        waitProjections(cfg.drainTimeoutSec);
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
                            && !properties.isEmpty(); sent++) {
                        if (sent % perBlock == 0) {
                            for (String processor : PROJECTIONS) {
                                api.metric("eventProcessor.allTimer", "processorName:" + processor);
                            }
                        }
                        api.next(properties.get((int) (sent % properties.size())), Duration.ofSeconds(60));
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
            metrics();
            api.metric("hikaricp.connections.max", null);
            while (running.get()) {
                api.metric("hikaricp.connections.pending", null);
                Thread.sleep(250);
            }
            metrics();
        } catch (Exception e) {
            throw new IllegalStateException("reading the app's metrics during the warm-up failed", e);
        }
    }

    /** Sends {@code total} commands from {@code clients} clients, each over its own share of the setup's properties. */
    void concurrentCommands(int clients, int total) throws Exception {
        if (properties.isEmpty() || total <= 0) {
            return;
        }
        AtomicInteger sent = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            List<Api.Property> mine = shareOf(i, clients);
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

    /** The setup's properties client {@code client} of {@code clients} owns: client, client + clients, … */
    List<Api.Property> shareOf(int client, int clients) {
        List<Api.Property> share = new ArrayList<>();
        for (int j = client; j < properties.size(); j += clients) {
            share.add(properties.get(j));
        }
        return share;
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
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO domain_event_entry (" + COLUMNS + ")"
                    + " SELECT gen_random_uuid()::text, ?, sequence_number, type, time_stamp, payload_type, payload_revision,"
                    + " replace(payload, ?, ?), meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND"
                    + " sequence_number < 10 ORDER BY sequence_number")) {
                ps.setString(1, id);
                ps.setString(2, historySource.id);
                ps.setString(3, id);
                ps.setString(4, historySource.id);
                ps.executeUpdate();
            }
            for (int done = 0; done < k; ) {
                int chunk = Math.min(5000, k - done);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO domain_event_entry (" + COLUMNS + ")"
                        + " SELECT gen_random_uuid()::text, ?, 10 + (g - 1) * 8 + (e.sequence_number - 2), e.type, e.time_stamp,"
                        + " e.payload_type, e.payload_revision, replace(e.payload, ?, ?), e.meta_data"
                        + " FROM generate_series(?, ?) g CROSS JOIN (SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND sequence_number BETWEEN 2 AND 9) e ORDER BY g, e.sequence_number")) {
                    ps.setString(1, id);
                    ps.setString(2, historySource.id);
                    ps.setString(3, id);
                    ps.setInt(4, done + 1);
                    ps.setInt(5, done + chunk);
                    ps.setString(6, historySource.id);
                    ps.executeUpdate();
                }
                done += chunk;
            }
            copyOwner(c, historySource.id, id);
        }
    }

    // ------------------------------------------------------------------------------------------------ scenario 3

    /**
     * A clone written in SQL bypasses the command that would have recorded its owner (the subscribing plan
     * directory writes {@code property_owner} in the registration's transaction): copy the source's, so the clone
     * belongs to the harness's organisation and its commands are not answered 404.
     */
    static void copyOwner(Connection c, String sourceId, String cloneId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO property_owner (property_id, organisation_id)"
                + " SELECT ?, organisation_id FROM property_owner WHERE property_id = ?")) {
            ps.setString(1, cloneId);
            ps.setString(2, sourceId);
            ps.executeUpdate();
        }
    }

    void scenario3() throws Exception {
        section("3. Rebuild of every projection from ~" + String.format("%,d", (long) cfg.rebuildCopies * cfg.rebuildSourceEvents) + " cloned events");
        memory.phase("scenario 3, cloning");
        String postNote = null;
        long t0 = 0;
        AppProcess.Cpu c0 = null;
        if (cfg.rebuildPostFirst) {
            waitProjections(cfg.drainTimeoutSec);
            c0 = app.cpu();
            t0 = System.nanoTime();
            postNote = postRebuild(t0) + "; asked for while the processors were idle, BEFORE the clone was inserted"
                    + " (load.rebuildPostFirst): the cloned events are processed as they land, after the replay of the"
                    + " events already there";
        }
        long tClone = System.nanoTime();
        long snapshots;
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE clone_ids (g INT PRIMARY KEY, id TEXT NOT NULL)");
            int chunk = 500;
            for (int done = 0; done < cfg.rebuildCopies; done += chunk) {
                int n = Math.min(chunk, cfg.rebuildCopies - done);
                s.execute("TRUNCATE clone_ids");
                s.execute("INSERT INTO clone_ids SELECT g, gen_random_uuid()::text FROM generate_series(1, " + n + ") g");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO domain_event_entry (" + COLUMNS + ")"
                        + " SELECT gen_random_uuid()::text, c.id, e.sequence_number, e.type, e.time_stamp, e.payload_type,"
                        + " e.payload_revision, replace(e.payload, ?, c.id), e.meta_data FROM clone_ids c CROSS JOIN"
                        + " (SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?) e ORDER BY c.g, e.sequence_number")) {
                    ps.setString(1, rebuildSource.id);
                    ps.setString(2, rebuildSource.id);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO snapshot_event_entry (aggregate_identifier,"
                        + " sequence_number, type, event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " SELECT c.id, e.sequence_number, e.type, gen_random_uuid()::text, e.time_stamp, e.payload_type,"
                        + " e.payload_revision, replace(e.payload, ?, c.id), e.meta_data FROM clone_ids c CROSS JOIN"
                        + " (SELECT * FROM snapshot_event_entry WHERE aggregate_identifier = ?) e")) {
                    ps.setString(1, rebuildSource.id);
                    ps.setString(2, rebuildSource.id);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO property_owner (property_id, organisation_id)"
                        + " SELECT c.id, o.organisation_id FROM clone_ids c CROSS JOIN property_owner o"
                        + " WHERE o.property_id = ?")) {
                    ps.setString(1, rebuildSource.id);
                    ps.executeUpdate();
                }
                if ((done / chunk) % 4 == 3) {
                    System.out.printf("[clone] %d copies%n", done + n);
                }
            }
            s.execute("ANALYZE domain_event_entry");
            snapshots = scalar(c, "SELECT count(*) FROM snapshot_event_entry");
        }
        double cloneSec = (System.nanoTime() - tClone) / 1e9;
        long events;
        long head;
        long sizeMb;
        try (Connection c = db()) {
            events = scalar(c, "SELECT count(*) FROM domain_event_entry");
            head = scalar(c, "SELECT max(global_index) FROM domain_event_entry");
            sizeMb = scalar(c, "SELECT pg_total_relation_size('domain_event_entry')") / 1048576;
        }
        line(String.format("Cloned %,d copies of a %d-event property built through the API (new aggregate ids and event ids,"
                        + " the id replaced inside every payload, same sequence numbers, its snapshot rows copied too) in %.1f s;"
                        + " the event table now holds **%,d events** (%d MB with indexes; max global_index %,d; %d snapshot rows).",
                cfg.rebuildCopies, cfg.rebuildSourceEvents, cloneSec, events, sizeMb, head, snapshots));
        memory.phase("scenario 3, rebuild");
        if (!cfg.rebuildPostFirst) {
            c0 = app.cpu();
            t0 = System.nanoTime();
            postNote = postRebuild(t0);
        }
        long deadline = t0 + TimeUnit.SECONDS.toNanos(cfg.rebuildTimeoutSec);
        boolean finished = false;
        long lastPrint = t0;
        ProjectionProgress p = null;
        long peakPending = 0;
        try (Connection c = db()) {
            while (System.nanoTime() < deadline) {
                p = progress(c);
                double el = (System.nanoTime() - t0) / 1e9;
                if (!p.replaying() && p.minIndex() >= head && api.projectionsIdle()) {
                    finished = true;
                    break;
                }
                peakPending = Math.max(peakPending, (long) api.metric("hikaricp.connections.pending", null)[0]);
                if (System.nanoTime() - lastPrint > 30_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.printf("[rebuild] %.0f s: tokens %s of %d%n", el, p.perProcessor(), head);
                }
                Thread.sleep(500);
            }
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        AppProcess.Cpu c1 = app.cpu();
        long processed = events;
        if (!finished) {
            try (Connection c = db()) {
                p = progress(c);
                System.out.println("[rebuild] at the deadline: tokens " + p.perProcessor() + (p.replaying() ? " (replaying)" : ""));
                processed = scalar(c, "SELECT count(*) FROM domain_event_entry WHERE global_index <= " + Math.max(0, p.minIndex()));
            }
            md.append("- tokens at the deadline (least index per projection, of max global_index ").append(head).append("): ")
                    .append(p.perProcessor()).append(p.replaying() ? ", some still in replay" : "").append('\n');
        }
        double rate = processed / sec;
        line("");
        line("- " + postNote + " (it stops each processor and resets its tokens, replays the store into the projections, moves"
                + " the tokens to the end and starts the processors; the time below counts from the request)");
        line(String.format("- rebuild (`POST /api/admin/projections/rebuild` → every projection not replaying and caught up, every"
                        + " token at the head): %s in **%.1f s → %.0f events/s** (each event goes through both rebuilt projections;"
                        + " the figure is events of the store per second)",
                finished ? "finished" : "**did NOT finish within " + cfg.rebuildTimeoutSec + " s**; the slowest projection had reached " + String.format("%,d of %,d events", processed, events),
                sec, rate));
        line("- during the rebuild: " + c0.until(c1) + String.format("; max Hikari pending sampled %d", peakPending));
        memory.phase("scenario 3, raw scan");
        // two scans, each once the machine is quiet (the end of a rebuild may leave the app compiling and
        // PostgreSQL writing for a while); the faster one is the reference, which can only lower the ratio
        double scanRate = 0;
        for (int pass = 1; pass <= 2; pass++) {
            String quiet = awaitQuiet(30);
            RawScan scan = rawScan();
            double passRate = scan.rate();
            scanRate = Math.max(scanRate, passRate);
            line(String.format("- raw sequential JDBC scan %d of 2 (%s; one connection, fetch size 1000, `ORDER BY global_index`,"
                            + " every column read as a string, %,d MB of text; after the rebuild, so the table is in the page"
                            + " cache): %,d events in %.1f s → **%.0f events/s**; %s%s", pass, quiet, scan.chars() / 1048576,
                    scan.events(), scan.nanos() / 1e9, passRate, scan.cpu(),
                    finished ? "" : " (the unfinished rebuild was still running and competing)"));
        }
        line(String.format("- ratio rebuild / raw scan: **%.3f**", rate / scanRate));
        for (int repeat = 1; repeat <= cfg.rebuildRepeats; repeat++) {
            memory.phase("scenario 3, rebuild again");
            String quiet = awaitQuiet(30);
            AppProcess.Cpu r0 = app.cpu();
            long tr = System.nanoTime();
            String note = postRebuild(tr);
            boolean done = ProjectionProgress.awaitCaughtUp(this::db, api, cfg.rebuildTimeoutSec) >= 0;
            double againSec = (System.nanoTime() - tr) / 1e9;
            double againRate = events / againSec;
            line(String.format("- rebuild again in the same JVM (load.rebuildRepeats; %s; %s): %s in **%.1f s → %.0f events/s**,"
                            + " **%.3f** of the faster raw scan; %s", quiet, note, done ? "finished" : "**did NOT finish**",
                    againSec, againRate, againRate / scanRate, r0.until(app.cpu())));
            row("rebuild again, same JVM (" + repeat + ")", "≥ 20,000/s, ≥ 0.3",
                    String.format("%.0f/s, %.3f", againRate, againRate / scanRate), done && againRate >= 20000 && againRate / scanRate >= 0.3);
        }
        row("rebuild events/s (" + String.format("%,d", events) + " events)", "≥ 20,000/s",
                String.format("%.0f/s%s", rate, finished ? "" : " (unfinished after " + cfg.rebuildTimeoutSec + " s)"), finished && rate >= 20000);
        row("rebuild / raw scan", "≥ 0.3", String.format("%.3f (scan %.0f/s)", rate / scanRate, scanRate), rate / scanRate >= 0.3);
    }

    /** One raw sequential scan of the event table: the events and characters read, its time and the CPU it took. */
    record RawScan(long events, long chars, long nanos, String cpu) {
        double rate() {
            return events / (nanos / 1e9);
        }
    }

    RawScan rawScan() throws Exception {
        long scanned = 0;
        long bytes = 0;
        AppProcess.Cpu s0 = app.cpu();
        long ts = System.nanoTime();
        try (Connection c = db()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery("SELECT " + "global_index, " + COLUMNS + " FROM domain_event_entry ORDER BY global_index")) {
                    while (rs.next()) {
                        rs.getLong(1);
                        for (int i = 2; i <= 10; i++) {
                            String v = rs.getString(i);
                            bytes += v == null ? 0 : v.length();
                        }
                        scanned++;
                    }
                }
            }
            c.commit();
        }
        long nanos = System.nanoTime() - ts;
        return new RawScan(scanned, bytes, nanos, s0.until(app.cpu()));
    }

    /**
     * Waits until the app and PostgreSQL together use less than a fifth of a core over a second, at most
     * {@code timeoutSec}; says how long it waited.
     */
    String awaitQuiet(int timeoutSec) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSec);
        while (System.nanoTime() < deadline) {
            AppProcess.Cpu a = app.cpu();
            Thread.sleep(1000);
            AppProcess.Cpu b = app.cpu();
            double busy = (b.app() - a.app() + b.pg() - a.pg()) / ((b.nanos() - a.nanos()) / 1e9) / AppProcess.CLK_TCK * 100;
            if (busy < 20) {
                return String.format("started when the app and PostgreSQL had used %.0f%% of a core over a second, %.0f s"
                        + " after the previous step", busy, (System.nanoTime() - t0) / 1e9);
            }
        }
        return "the app and PostgreSQL were still busy after " + timeoutSec + " s";
    }

    /** The request stops each processor (which first finishes its work in hand), resets its tokens, starts it. */
    String postRebuild(long t0) {
        String note;
        try {
            Api.Answer r = api.send("POST", "/api/admin/projections/rebuild", null, null,
                    Duration.ofSeconds(cfg.rebuildTimeoutSec));
            note = String.format("the rebuild request answered %d after %.1f s", r.status(), (System.nanoTime() - t0) / 1e9);
        } catch (Exception e) {
            note = String.format("the rebuild request failed after %.1f s (%s)", (System.nanoTime() - t0) / 1e9, e);
        }
        System.out.println("[rebuild] " + note);
        return note;
    }

    // ------------------------------------------------------------------------------------------------ memory

    /** VmRSS of the app every 100 ms: the peak over the whole run and over a resettable window. */
    final class MemorySampler {
        volatile String phase = "setup";
        volatile long peakWindow;
        volatile long peakAll;
        volatile String peakAllPhase = "";
        volatile long lastHwm;
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running && app.alive()) {
                    long[] m = app.memory();
                    if (m[0] > 0) {
                        peakWindow = Math.max(peakWindow, m[0]);
                        if (m[0] > peakAll) {
                            peakAll = m[0];
                            peakAllPhase = phase;
                        }
                        lastHwm = m[1];
                    }
                    LockSupport.parkNanos(100_000_000L);
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void phase(String p) {
            phase = p;
        }

        void resetWindow() {
            peakWindow = 0;
        }

        void stop() throws InterruptedException {
            running = false;
            if (thread != null) {
                thread.join(1000);
            }
        }
    }
}
