package org.sapledger.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Issue 8, point 2, as a scripted check: kill the app during sustained load, restart it on the same data directory,
 * and check that every command answered 2xx has its event, that the projections converge to exactly what a fresh
 * rebuild gives, and so that no projection effect was applied twice. Two crashes, each on a fresh data directory:
 * {@code jvm}, the app's JVM killed with SIGKILL (its embedded PostgreSQL keeps running and the restarted app must
 * take the directory back from it), and {@code machine}, the JVM and then every PostgreSQL process killed with
 * SIGKILL (PostgreSQL recovers from its write-ahead log on restart). Run with {@code -Dload.scenarios=crash}; the
 * report goes to {@code loadtest/target/crash-report.md} and the exit status is 0 only when every check passed.
 */
final class CrashTest {

    private static final Pattern RECOVERY_LOG = Pattern.compile("OrphanedPostmaster|database system was interrupted"
            + "|not properly shut down|redo starts at|redo done at|invalid record length|automatic recovery"
            + "|database system is ready");

    private final Config cfg;
    private final StringBuilder md = new StringBuilder();
    private final List<String[]> summary = new ArrayList<>();
    private boolean passed = true;
    private String variantName = "";
    /** The app process running now, stopped by the shutdown hook if the harness is interrupted. */
    private volatile AppProcess current;

    CrashTest(Config cfg) {
        this.cfg = cfg;
    }

    /** Runs every variant of {@code load.crash.variants}; true when every check of every variant passed. */
    boolean run() throws Exception {
        Instant started = Instant.now();
        Path work = Path.of(cfg.workDir);
        Files.createDirectories(work);
        String stamp = started.toString().replaceAll("[^0-9]", "").substring(0, 14);
        String jar = LoadTest.appJar(cfg, work, stamp);
        String xml = LoadTest.referenceXml();
        Thread hook = new Thread(() -> {
            try {
                if (current != null) {
                    current.close();
                }
            } catch (Exception e) {
                // best effort
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        Random random = new Random(cfg.crashSeed);
        md.append("- started ").append(started).append(", `nproc` ").append(Runtime.getRuntime().availableProcessors())
                .append(", JDK ").append(System.getProperty("java.runtime.version")).append('\n');
        md.append("- app jar `").append(jar).append("`, `-Xmx").append(cfg.xmx).append(' ').append(cfg.jvmOpts)
                .append("`, embedded PostgreSQL 14 on 127.0.0.1:").append(cfg.pgPort).append(" (fsync and synchronous_commit on: a kept data directory)\n");
        md.append(String.format("- %d properties, %d clients, kill after a random %d–%d s (seed `-Dload.crash.seed=%d`), variants %s%n",
                cfg.crashProperties, cfg.crashClients, cfg.crashKillAfterMinSec, cfg.crashKillAfterMaxSec, cfg.crashSeed,
                cfg.crashVariants));
        md.append("- command: `").append(ProcessHandle.current().info().commandLine().orElse("?")).append("`\n");
        try {
            for (String variant : cfg.crashVariants) {
                switch (variant) {
                    case "jvm" -> variant("jvm", false, random, jar, xml, work, stamp);
                    case "machine" -> variant("machine", true, random, jar, xml, work, stamp);
                    default -> throw new IllegalArgumentException("unknown crash variant " + variant + " (jvm, machine)");
                }
            }
        } catch (Throwable e) {
            passed = false;
            md.append("\n**The run failed:** `").append(e).append("`\n");
            e.printStackTrace();
        } finally {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        ReportFile.finish(md, started, this::render, cfg.reportDir, "crash-report.md");
        return passed;
    }

    private void variant(String name, boolean machine, Random random, String jar, String xml, Path work, String stamp)
            throws Exception {
        String title = machine ? "machine: the JVM, then every PostgreSQL process killed with SIGKILL"
                : "jvm: the app's JVM killed with SIGKILL, its PostgreSQL left running";
        section("Crash " + title);
        Path dir = work.resolve("crash-" + stamp + "-" + name);
        Path dataDir = dir.resolve("pgdata");
        Files.createDirectories(dir);
        String keyPrefix = "crash-" + name + "-" + stamp;
        AppProcess first = new AppProcess(dataDir, dir.resolve("app-1.log"), cfg.httpPort, cfg.pgPort);
        current = first;
        boolean completed = false;
        try {
            first.start(jar, cfg.xmx, cfg.jvmOpts, cfg.startupTimeoutSec);
            Api api = new Api(cfg);
            line("- authentication: " + api.token.describe());
            long t = System.nanoTime();
            List<CrashLoad.CrashProperty> properties = CrashLoad.prepare(api, xml, cfg.crashProperties);
            long drained = ProjectionProgress.awaitCaughtUp(this::db, api, cfg.crashCatchUpTimeoutSec);
            line(String.format("- setup: %d properties imported from the M1 reference XML, each with a plan and a scenario"
                    + " (4 events each), in %.1f s; projections caught up %d ms later", properties.size(),
                    (System.nanoTime() - t) / 1e9, drained));

            CrashLoad load = new CrashLoad(api, properties, cfg.crashClients, keyPrefix);
            long killAfterMs = cfg.crashKillAfterMinSec * 1000L
                    + random.nextInt((cfg.crashKillAfterMaxSec - cfg.crashKillAfterMinSec) * 1000 + 1);
            long loadStart = System.nanoTime();
            load.start();
            Thread.sleep(killAfterMs);
            int inFlight = load.inFlight();
            long sentAtKill = load.sent();
            Long postmaster = first.postmasterFromPidFile().orElse(null);
            long jvmPid = first.pid();
            first.killJvm();
            List<Long> postgresKilled = machine ? first.killPostgres() : List.of();
            double loadSec = (System.nanoTime() - loadStart) / 1e9;
            load.stop();
            List<AnsweredCommand> answered = load.answered();
            Path answeredCsv = Path.of(cfg.reportDir, "crash-answered-" + name + ".csv");
            writeAnswered(answered, answeredCsv);
            boolean postgresSurvived = postmaster != null && AppProcess.running(postmaster);
            line(String.format("- load: %d clients, the cycle of %d commands (a measure appended to the property's"
                            + " scenario, a new plan, the 8-step mix), each request with a unique Idempotency-Key; **killed after"
                            + " %.1f s** with %d requests in flight (%d sent): %d answered 2xx (%.0f/s); not answered 2xx: %s",
                    cfg.crashClients, CrashLoad.STEPS, loadSec, inFlight, sentAtKill, answered.size(),
                    answered.size() / loadSec, load.notAnswered2xx()));
            load.refusals().forEach(r -> line("    - refused: `" + (r.length() > 400 ? r.substring(0, 400) + "…" : r) + "`"));
            line("- every 2xx answer (key, property, version, id, request, status): " + answeredCsv);
            line(String.format("- kill: app JVM %d SIGKILL; %s", jvmPid, machine
                    ? "then SIGKILL to postmaster " + postmaster + " and every process under it (" + postgresKilled.size()
                    + " processes: " + postgresKilled + ")"
                    : "its postmaster " + postmaster + (postgresSurvived ? " is still running (orphaned)" : " is NOT running")));
            if (!machine && !postgresSurvived) {
                fail("the embedded PostgreSQL did not outlive the JVM, so the orphan path was not exercised");
            }

            AppProcess second = new AppProcess(dataDir, dir.resolve("app-2.log"), cfg.httpPort, cfg.pgPort);
            current = second;
            t = System.nanoTime();
            second.start(jar, cfg.xmx, cfg.jvmOpts, cfg.startupTimeoutSec);
            double restartSec = (System.nanoTime() - t) / 1e9;
            Api restarted = new Api(cfg);
            line(String.format("- restart on the same data directory: ready in %.1f s; the old postmaster %s is %s; new"
                            + " postmaster %s", restartSec, postmaster,
                    postmaster != null && AppProcess.running(postmaster) ? "STILL RUNNING" : "gone",
                    second.postmasterFromPidFile().orElse(null)));
            line("- restart log (" + second.log + "):");
            recoveryLines(second.log).forEach(l -> line("    - `" + l + "`"));
            long caughtUp = ProjectionProgress.awaitCaughtUp(this::db, restarted, cfg.crashCatchUpTimeoutSec);
            line(String.format("- projections caught up %s after the restart was ready (the killed JVM's claims on the"
                            + " tracking tokens lapse after Axon's claim timeout, 10 s, most of which passes while the app starts)",
                    caughtUp < 0 ? "NOT within " + cfg.crashCatchUpTimeoutSec + " s" : caughtUp + " ms"));
            if (caughtUp < 0) {
                fail("projections did not catch up after the restart");
            }
            Api.Answer health = restarted.get("/actuator/health");
            String status = Api.JSON.readTree(health.body()).path("status").asText("?");
            line("- `/actuator/health` after the catch-up: " + health.status() + " " + status + " (database and every"
                    + " event processor, the subscribing plan directory included)");
            if (!status.equals("UP")) {
                fail("health is " + status + " after the restart: " + health.body());
            }

            EventStoreAudit audit;
            try (Connection c = db()) {
                audit = EventStoreAudit.of(c, answered, keyPrefix);
            }
            reportAudit(audit, inFlight, cfg.crashClients);

            ReadModels afterRestart = readModels(dir.resolve("read-models-after-restart.txt"));
            t = System.nanoTime();
            Api.Answer rebuild = restarted.send("POST", "/api/admin/projections/rebuild", null, null, Duration.ofSeconds(120));
            long rebuilt = ProjectionProgress.awaitCaughtUp(this::db, restarted, cfg.crashCatchUpTimeoutSec);
            double rebuildSec = (System.nanoTime() - t) / 1e9;
            ReadModels afterRebuild = readModels(dir.resolve("read-models-after-rebuild.txt"));
            line(String.format("- rebuild: `POST /api/admin/projections/rebuild` answered %d; every projection caught up"
                    + " again %s (%.1f s)", rebuild.status(), rebuilt < 0 ? "NOT within the timeout" : "", rebuildSec));
            if (rebuild.status() != 202 || rebuilt < 0) {
                fail("the rebuild did not complete");
            }
            reportProjections(afterRestart.counts(), afterRebuild.counts(),
                    afterRestart.dump().compare(afterRebuild.dump()), dir);
            completed = true;
        } finally {
            current.close();
            if (current != first) {
                first.close(); // its JVM is dead; this only waits for (and stops) a postgres still on the directory
            }
            current = null;
            if (!cfg.keepData && completed && passed) {
                LoadTest.deleteTree(dir);
            } else {
                // a failed crash keeps its data directory and app logs for a look at what went wrong
                line("- kept: " + dir);
            }
        }
    }

    private void reportAudit(EventStoreAudit a, int inFlight, int clients) {
        line("");
        line("| event store check | figure | ok |");
        line("|---|---|---|");
        check("commands answered 2xx", String.valueOf(a.answered()), null);
        check("… whose event is at the answered position (aggregate id, sequence number = answered version) with the"
                + " request's key as correlation id", String.valueOf(a.found()), a.found() == a.answered());
        check("… lost (no event at that position)", String.valueOf(a.lost()), a.lost() == 0);
        check("… with another request's event at that position", String.valueOf(a.wrongEvent()), a.wrongEvent() == 0);
        check("… without their idempotency record (same transaction as the event)",
                String.valueOf(a.idempotencyRecordMissing()), a.idempotencyRecordMissing() == 0);
        check("events committed whose request got no 2xx answer (" + inFlight + " in flight at the kill; at most one"
                        + " per client)", String.valueOf(a.committedUnanswered()), a.committedUnanswered() <= clients);
        check("aggregates / events in the store", a.aggregates() + " / " + a.events(), null);
        check("aggregates whose sequence numbers are not 0, 1, …, n−1", String.valueOf(a.gappedAggregates()),
                a.gappedAggregates() == 0);
        check("plans answered but not in plan_directory", String.valueOf(a.plansAnsweredMissing()),
                a.plansAnsweredMissing() == 0);
        check("plan_directory rows / PlanCreated events", a.planDirectoryRows() + " / " + a.planEvents(),
                a.planDirectoryRows() == a.planEvents());
        if (!a.examples().isEmpty()) {
            line("");
            a.examples().forEach(e -> line("    - " + e));
        }
        line("");
        row("answered 2xx / events found / lost", a.answered() + " / " + a.found() + " / " + a.lost(), a.passed());
    }

    private void reportProjections(ProjectionCounts restart, ProjectionCounts rebuild,
                                   List<ReadModelDump.TableComparison> tables, Path dir) throws IOException {
        line("");
        line("| projection check | after the restart | after the rebuild | ok |");
        line("|---|---|---|---|");
        projectionCheck("properties whose worksheet_version is not their last sequence number",
                restart.propertiesBehind(), rebuild.propertiesBehind(), restart.propertiesBehind() == 0 && rebuild.propertiesBehind() == 0);
        projectionCheck("measures listed in scenario worksheets (a counter: an event applied twice lists its measure twice)",
                restart.measuresListed(), rebuild.measuresListed(),
                restart.measuresListed() == restart.expectedMeasures() && rebuild.measuresListed() == rebuild.expectedMeasures());
        projectionCheck("… expected: MeasureAdded events × 2 climate bases", restart.expectedMeasures(),
                rebuild.expectedMeasures(), null);
        line("");
        line("Read models after the restart against after the rebuild (every row as text, compared as multisets):");
        line("");
        line("| table | rows after restart | rows after rebuild | rows differing | identical |");
        line("|---|---|---|---|---|");
        int rows = 0;
        int differing = 0;
        StringBuilder diff = new StringBuilder();
        for (ReadModelDump.TableComparison t : tables) {
            rows += t.rows();
            differing += t.onlyHere().size() + t.onlyThere().size();
            line(String.format("| %s | %d | %d | %d | %s |", t.table(), t.rows(), t.otherRows(),
                    t.onlyHere().size() + t.onlyThere().size(), t.identical() ? "yes" : "**no**"));
            t.onlyHere().forEach(r -> diff.append(t.table()).append(" after restart only: ").append(r).append('\n'));
            t.onlyThere().forEach(r -> diff.append(t.table()).append(" after rebuild only: ").append(r).append('\n'));
        }
        boolean identical = differing == 0;
        if (!identical) {
            Files.writeString(dir.resolve("read-model-differences.txt"), diff);
            line("");
            line("Differences written to " + dir.resolve("read-model-differences.txt") + "; the first:");
            diff.toString().lines().limit(6).forEach(l -> line("    - `" + (l.length() > 300 ? l.substring(0, 300) + "…" : l) + "`"));
            fail("read models after the restart differ from a fresh rebuild");
        }
        row("read models after restart = after rebuild", String.format("%d tables, %d rows, %d differing", tables.size(),
                rows, differing), identical && restart.propertiesBehind() == 0
                && restart.measuresListed() == restart.expectedMeasures());
    }

    private static void writeAnswered(List<AnsweredCommand> answered, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder csv = new StringBuilder("idempotency_key,property_id,version,answered_id,request,status\n");
        for (AnsweredCommand a : answered) {
            csv.append(a.idempotencyKey()).append(',').append(a.propertyId()).append(',').append(a.version()).append(',')
                    .append(a.answeredId()).append(',').append(a.request()).append(',').append(a.status()).append('\n');
        }
        Files.writeString(file, csv);
    }

    /** The lines of the restarted app's log that tell how it got its database back: the orphan handling, WAL recovery. */
    private List<String> recoveryLines(Path log) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(log)) {
            if (RECOVERY_LOG.matcher(l).find()) {
                int message = l.indexOf(" : ");
                String text = message >= 0 ? l.substring(message + 3) : l;
                out.add(text.length() > 260 ? text.substring(0, 260) + "…" : text);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ report

    private void check(String what, String figure, Boolean ok) {
        if (Boolean.FALSE.equals(ok)) {
            fail(what);
        }
        line("| " + what + " | " + figure + " | " + (ok == null ? "" : ok ? "yes" : "**NO**") + " |");
    }

    private void projectionCheck(String what, long restart, long rebuild, Boolean ok) {
        if (Boolean.FALSE.equals(ok)) {
            fail(what);
        }
        line("| " + what + " | " + restart + " | " + rebuild + " | " + (ok == null ? "" : ok ? "yes" : "**NO**") + " |");
    }

    private void section(String title) {
        variantName = title.substring("Crash ".length(), title.indexOf(':'));
        System.out.println("\n=== " + title + " (" + Instant.now() + ")");
        md.append("\n## ").append(title).append("\n\n");
    }

    private void row(String figure, String measured, boolean ok) {
        summary.add(new String[]{variantName, figure, measured, ok ? "yes" : "**NO**"});
        passed &= ok;
    }

    private void fail(String what) {
        passed = false;
        System.out.println("[crash] CHECK FAILED: " + what);
    }

    private void line(String s) {
        System.out.println(s);
        md.append(s).append('\n');
    }

    /** The read models as they stand (rows and the projections' counters), the dump also written to {@code file}. */
    private ReadModels readModels(Path file) throws Exception {
        ReadModels models;
        try (Connection c = db()) {
            models = new ReadModels(ReadModelDump.take(c), ProjectionCounts.of(c));
        }
        models.dump().write(file);
        return models;
    }

    private record ReadModels(ReadModelDump dump, ProjectionCounts counts) {
    }

    private String render() {
        StringBuilder out = new StringBuilder("# sapledger crash-recovery report (issue 8, point 2)\n\n");
        out.append("**").append(passed ? "PASSED" : "FAILED").append("**\n\n");
        out.append("| crash | figure | measured | ok |\n|---|---|---|---|\n");
        for (String[] r : summary) {
            out.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        out.append('\n').append(md);
        return out.toString();
    }

    private Connection db() throws Exception {
        return cfg.connectToPostgres();
    }
}
