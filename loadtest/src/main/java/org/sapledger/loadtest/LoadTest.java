package org.sapledger.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load harness of issue 7: one app process, one embedded PostgreSQL, the scenarios asked for, one report.
 * See loadtest/README.md for the command and the knobs; each scenario is a class of its own
 * ({@link ThroughputScenario}, {@link LagScenario}, {@link PerEventCostScenario}, {@link RebuildScenario}), and the
 * crash test is {@link CrashTest}.
 */
public final class LoadTest {

    private final Config cfg = new Config();
    private final Report report = new Report(cfg);

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
        String xml = referenceXml();
        Path dataDir = work.resolve("pgdata-" + stamp);
        AppProcess app = new AppProcess(dataDir, work.resolve("app-" + stamp + ".log"), cfg.httpPort, cfg.pgPort);
        Thread hook = new Thread(() -> {
            try {
                app.close();
            } catch (Exception e) {
                // best effort
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        report.header(started, jar);
        MemorySampler memory = new MemorySampler(app);
        try {
            long t = System.nanoTime();
            // scenario 4 reads the processors' CPU per event, a metric the service publishes only when asked
            String jvmOpts = List.of(cfg.scenarios.split(",")).contains("4")
                    ? cfg.jvmOpts + " -Dsapledger.metrics.handler-cpu=true" : cfg.jvmOpts;
            app.start(jar, cfg.xmx, jvmOpts, cfg.startupTimeoutSec);
            report.md.append(String.format("App ready in %.1f s (pid %d, embedded PostgreSQL postmaster pid %s, data in `%s`).%n%n",
                    (System.nanoTime() - t) / 1e9, app.pid(), app.postmasterPid(), dataDir));
            Harness harness = new Harness(cfg, report, app, new Api(cfg), memory);
            try (Connection c = harness.db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings"
                            + " WHERE name IN ('fsync','synchronous_commit','full_page_writes','shared_buffers','max_connections','wal_level')")) {
                rs.next();
                report.md.append("PostgreSQL settings (the embedded server's defaults; they apply to the app and the raw baselines alike): ")
                        .append(rs.getString(1)).append(".\n\n");
            }
            if (!cfg.pgSettings.isEmpty()) {
                try (Connection c = harness.db(); Statement s = c.createStatement()) {
                    for (Map.Entry<String, String> setting : cfg.pgSettings.entrySet()) {
                        s.execute("ALTER SYSTEM SET " + setting.getKey() + " = '" + setting.getValue() + "'");
                    }
                    s.execute("SELECT pg_reload_conf()");
                }
                report.md.append("Changed for this run (`load.pgSettings`, reloaded): ").append(cfg.pgSettings).append(".\n\n");
            }
            memory.start();
            setUp(harness, xml);
            if (cfg.runs(1)) {
                new ThroughputScenario(harness).run();
            }
            if (cfg.runs(2)) {
                new LagScenario(harness).run();
            }
            if (cfg.runs(4)) {
                new PerEventCostScenario(harness).run();
            }
            if (cfg.runs(3)) {
                new RebuildScenario(harness).run();
            }
        } catch (Throwable e) {
            report.md.append("\n**The run failed:** `").append(e).append("`\n");
            e.printStackTrace();
        } finally {
            memory.stop();
            report.md.append(String.format("%nPeak VmRSS of the app over the whole run: %.0f MB (during: %s); VmHWM at the end: %.0f MB.%n",
                    memory.peakAll / 1024.0, memory.peakAllPhase, memory.lastHwm / 1024.0));
            app.close();
            Runtime.getRuntime().removeShutdownHook(hook);
            if (!cfg.keepData) {
                deleteTree(dataDir);
            }
        }
        ReportFile.finish(report.md, started, report::render, cfg.reportDir, "report.md");
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

    /** Deletes a directory tree, as far as it can. */
    static void deleteTree(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }

    /** The climate region of the n-th property: the 21 regions of the UK in turn. */
    static int climateRegion(int n) {
        return 1 + n % 21;
    }

    /**
     * Imports the properties the clients share, and builds the rebuild's and the per-event scenario's source
     * properties through the API.
     */
    static void setUp(Harness harness, String xml) throws Exception {
        Config cfg = harness.cfg;
        Api api = harness.api;
        List<Api.Property> properties = harness.properties;
        harness.report.section("Setup");
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
        Api.Property rebuildSource = api.importProperty(xml, "Rebuild+source", climateRegion(0));
        for (int i = 0; i < cfg.rebuildSourceEvents - 2; i++) {
            Api.Answer a = api.next(rebuildSource, Duration.ofSeconds(30));
            if (!a.ok()) {
                throw new IllegalStateException("command failed: " + a.status() + " " + a.body());
            }
        }
        Api.Property historySource = api.importProperty(xml, "History+source", climateRegion(1));
        for (int i = 0; i < 8; i++) {
            Api.Answer a = api.next(historySource, Duration.ofSeconds(30));
            if (!a.ok()) {
                throw new IllegalStateException("command failed: " + a.status() + " " + a.body());
            }
        }
        harness.rebuildSource = rebuildSource;
        harness.historySource = historySource;
        long drained = harness.waitProjections(cfg.drainTimeoutSec);
        harness.report.line(String.format("Imported %d properties (the 21 climate regions in turn) with 8 clients in %.1f s (%.0f imports/s, 2 events each); built a %d-event"
                        + " rebuild source and a 10-event history source through the API; projections caught up %d ms later.",
                properties.size(), importSec, properties.size() / importSec, cfg.rebuildSourceEvents, drained));
    }
}
