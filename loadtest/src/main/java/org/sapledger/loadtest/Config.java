package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every knob of the harness, read from system properties ({@code -Dload.x=...}); {@code load.quick=true} shrinks all. */
final class Config {

    final boolean quick = Boolean.getBoolean("load.quick");
    final String jar = System.getProperty("load.jar", "");
    final String workDir = System.getProperty("load.workDir", "/tmp/loadtest");
    final String xmx = str("load.xmx", "256m");
    /**
     * The service's memory-lean JVM settings, after -Xmx; the parallel collector as in docker/compose.yaml (its young
     * collections stop the service about half as long as the serial collector's: loadtest/RESULTS.md, seventh session).
     */
    final String jvmOpts = str("load.jvmOpts",
            "-Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:+UseParallelGC");
    final int httpPort = integer("load.httpPort", 18080);
    final int pgPort = integer("load.pgPort", 54330);
    final String reportDir = str("load.reportDir", "loadtest/target");
    final boolean keepData = Boolean.getBoolean("load.keepData");
    final int startupTimeoutSec = integer("load.startupTimeoutSec", 180);
    /** Who the harness is when the service wants a bearer token (see {@link BearerToken}). */
    final String authOrganisation = str("load.auth.organisation", "loadtest");
    final String authSubject = str("load.auth.subject", "loadtest");

    // scenario 1 (and 5)
    final int properties = integer("load.properties", quick ? 16 : 200);
    final List<Integer> clients = ints("load.clients", quick ? "2,4" : "8,32");
    /** The fewest unmeasured commands before scenario 1's measurements, to warm the JVM (JIT). */
    final int jvmWarmupCommands = integer("load.jvmWarmupCommands", quick ? 100 : 30_000);
    /** The warm-up goes on in chunks of this many commands (8 and 32 clients in turn) ... */
    final int jvmWarmupChunkCommands = integer("load.jvmWarmupChunkCommands", quick ? 100 : 10_000);
    /** ... until the app's JIT compiler threads used less than this share of one core in two chunks in a row ... */
    final double jvmWarmupSettledJitShare = Double.parseDouble(System.getProperty("load.jvmWarmupSettledJitShare", "0.05"));
    /** ... or this many commands were sent. */
    final int jvmWarmupMaxCommands = integer("load.jvmWarmupMaxCommands", quick ? 200 : 300_000);
    final int warmupSec = integer("load.warmupSec", quick ? 1 : 5);
    final int durationSec = integer("load.durationSec", quick ? 3 : 20);
    final int drainTimeoutSec = integer("load.drainTimeoutSec", quick ? 30 : 180);

    /**
     * PostgreSQL settings to change for the run ({@code name=value,…}; only those a reload applies), for experiments:
     * the figures are meant with the service's own settings.
     */
    final Map<String, String> pgSettings = settings("load.pgSettings");

    // scenario 2
    final int lagRate = integer("load.lagRate", quick ? 50 : 500);
    /**
     * Seconds at the lag scenario's rate before its measurement: longer than the kernel's 30 s
     * ({@code vm.dirty_expire_centisecs}) after which it writes out the pages scenario 1 dirtied; that writeback made
     * PostgreSQL's commits wait up to 290 ms in the first seconds of a window that began sooner.
     */
    final int lagWarmupSec = integer("load.lagWarmupSec", quick ? 1 : 40);
    final int lagDurationSec = integer("load.lagDurationSec", quick ? 3 : 60);
    final int lagWorkers = integer("load.lagWorkers", 64);
    final int lagPollMicros = integer("load.lagPollMicros", 2000);

    // scenario 4
    /** The history lengths, one cloned property each; the first is the one the others are compared with. */
    final List<Integer> historyLengths = ints("load.historyLengths", quick ? "10,100,1000" : "10,100,1000,10000,100000");
    /** Measured commands per length, sent in {@link #historyRounds} interleaved blocks. */
    final int historyCommands = integer("load.historyCommands", quick ? 20 : 6000);
    /** Rounds of the interleaved measurement: each visits every length once, every other round in reverse. */
    final int historyRounds = integer("load.historyRounds", quick ? 2 : 20);
    final int historyWarmupCommands = integer("load.historyWarmupCommands", quick ? 5 : 50);
    /** Events of a cloned history the projections catch up with before the first length, to warm the JVM. */
    final int historyJvmWarmupEvents = integer("load.historyJvmWarmupEvents", quick ? 100 : 30_000);
    /** The fewest concurrent unmeasured commands before the first length (then until the JIT settles, as above). */
    final int historyJvmWarmupConcurrentCommands = integer("load.historyJvmWarmupConcurrentCommands", quick ? 100 : 30_000);
    /** The fewest unmeasured commands one after the other before the first length, in chunks of ... */
    final int historyJvmWarmupCommands = integer("load.historyJvmWarmupCommands", quick ? 50 : 20_000);
    final int historyJvmWarmupChunkCommands = integer("load.historyJvmWarmupChunkCommands", quick ? 50 : 5_000);
    /** ... until the JIT compiler settles, or this many were sent. */
    final int historyJvmWarmupMaxCommands = integer("load.historyJvmWarmupMaxCommands", quick ? 100 : 100_000);
    final int historyCatchUpTimeoutSec = integer("load.historyCatchUpTimeoutSec", quick ? 60 : 300);

    // scenario 3
    final int rebuildCopies = integer("load.rebuildCopies", quick ? 100 : 10_000);
    final int rebuildSourceEvents = integer("load.rebuildSourceEvents", 100);
    final int rebuildTimeoutSec = integer("load.rebuildTimeoutSec", quick ? 120 : 900);

    /** Ask for the rebuild while the processors are idle, then clone the events (they are replayed as they land). */
    final boolean rebuildPostFirst = Boolean.getBoolean("load.rebuildPostFirst");
    /** Rebuilds run again after the first and its raw scans, in the same JVM (its compiler has seen the code). */
    final int rebuildRepeats = integer("load.rebuildRepeats", 0);

    final String scenarios = str("load.scenarios", "1,2,4,3");

    // the crash scenario (load.scenarios=crash, see CrashTest)
    final int crashProperties = integer("load.crash.properties", quick ? 10 : 50);
    final int crashClients = integer("load.crash.clients", 8);
    final int crashKillAfterMinSec = integer("load.crash.killAfterMinSec", quick ? 2 : 5);
    final int crashKillAfterMaxSec = integer("load.crash.killAfterMaxSec", quick ? 4 : 15);
    /** The seed of the kill instants: a fresh one per run unless given, printed so the same instants can be used again. */
    final long crashSeed = Long.parseLong(str("load.crash.seed", String.valueOf(System.nanoTime())));
    /** Which crashes: {@code jvm} (the app's JVM only) and {@code machine} (the JVM, then its PostgreSQL). */
    final List<String> crashVariants = Arrays.stream(str("load.crash.variants", "jvm,machine").split(","))
            .map(String::trim).toList();
    final int crashCatchUpTimeoutSec = integer("load.crash.catchUpTimeoutSec", 300);

    /** A new connection to the app's embedded PostgreSQL, as its superuser. */
    Connection connectToPostgres() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "postgres");
    }

    /** Whether this run is the crash scenario, which runs apps of its own instead of scenarios 1–4. */
    boolean crash() {
        return scenarios.equals("crash");
    }

    boolean runs(int scenario) {
        return Arrays.asList(scenarios.split(",")).contains(String.valueOf(scenario));
    }

    private static String str(String name, String def) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? def : v.trim();
    }

    private static int integer(String name, int def) {
        return Integer.parseInt(str(name, String.valueOf(def)));
    }

    private static Map<String, String> settings(String name) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : str(name, "").split(",")) {
            if (!pair.isBlank()) {
                String[] nameValue = pair.split("=", 2);
                settings.put(nameValue[0].trim(), nameValue.length > 1 ? nameValue[1].trim() : "");
            }
        }
        return settings;
    }

    private static List<Integer> ints(String name, String def) {
        return Arrays.stream(str(name, def).split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    String describe() {
        return "quick=" + quick + ", xmx=" + xmx + ", jvmOpts=" + jvmOpts + ", properties=" + properties + ", clients=" + clients
                + ", warmup=" + warmupSec + "s, duration=" + durationSec + "s, lagRate=" + lagRate + "/s for "
                + lagDurationSec + "s (+" + lagWarmupSec + "s warm-up, " + lagWorkers + " workers), historyLengths="
                + historyLengths + " x " + historyCommands + " commands in " + historyRounds + " rounds, rebuild copies=" + rebuildCopies + " x "
                + rebuildSourceEvents + " events (timeout " + rebuildTimeoutSec + "s, post first " + rebuildPostFirst + ", repeats " + rebuildRepeats + "), scenarios=" + scenarios;
    }
}
