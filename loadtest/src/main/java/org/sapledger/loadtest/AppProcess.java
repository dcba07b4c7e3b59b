package org.sapledger.loadtest;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app jar as a child process with its embedded PostgreSQL in a directory of its own; CPU accounting of the app,
 * of the PostgreSQL server (postmaster and backends, found by the data directory in the postmaster's command
 * line), of this harness and of the whole machine, from /proc.
 */
final class AppProcess implements AutoCloseable {
    static final long CLK_TCK = 100;

    final Path dataDir;
    final Path log;
    /** The app JVM's safepoint log (every stop of its threads, garbage collections included), stamped with
     * {@code System.nanoTime()} (the {@code tn} decorator: the monotonic clock this harness reads too). */
    final Path safepointLog;
    final int httpPort;
    final int pgPort;
    private Process process;
    private volatile Long postmasterPid;

    AppProcess(Path dataDir, Path log, int httpPort, int pgPort) {
        this.dataDir = dataDir;
        this.log = log;
        this.safepointLog = log.resolveSibling(log.getFileName().toString().replaceFirst("\\.log$", "") + "-safepoints.log");
        this.httpPort = httpPort;
        this.pgPort = pgPort;
    }

    void start(String jar, String xmx, String jvmOpts, int timeoutSec) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx,
                "-Xlog:safepoint=info:file=" + safepointLog + ":tn"));
        if (!jvmOpts.isBlank()) {
            cmd.addAll(List.of(jvmOpts.trim().split("\\s+")));
        }
        cmd.addAll(List.of("-jar", jar,
                "--server.port=" + httpPort,
                "--sapledger.embedded-postgres.port=" + pgPort,
                "--sapledger.embedded-postgres.data-directory=" + dataDir));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().remove("SERVER_PORT");
        pb.environment().put("MALLOC_ARENA_MAX", "2"); // glibc: two malloc arenas instead of 8 per core
        System.out.println("[app] " + String.join(" ", cmd) + "  (log: " + log + ")");
        process = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSec);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("app exited with " + process.exitValue() + ", see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    System.out.println("[app] ready, pid " + pid() + ", postgres pid " + postmasterPid());
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("app not ready within " + timeoutSec + " s, see " + log);
    }

    /**
     * The app's threads' stops (safepoints) of at least {@code minNanos}, as {start, duration} in
     * {@code System.nanoTime()} terms, read from the safepoint log (a line is written as its stop ends).
     */
    List<long[]> safepointStops(long minNanos) throws IOException {
        List<long[]> stops = new ArrayList<>();
        if (!Files.exists(safepointLog)) {
            return stops;
        }
        Pattern line = Pattern.compile("^\\[(\\d+)ns].*Total: (\\d+) ns");
        for (String l : Files.readAllLines(safepointLog, StandardCharsets.ISO_8859_1)) {
            Matcher m = line.matcher(l);
            if (m.find()) {
                long end = Long.parseLong(m.group(1));
                long total = Long.parseLong(m.group(2));
                if (total >= minNanos) {
                    stops.add(new long[] {end - total, total});
                }
            }
        }
        return stops;
    }

    long pid() {
        return process.pid();
    }

    /** The postmaster serving our data directory, or null. */
    Long postmasterPid() {
        if (postmasterPid != null && Files.exists(Path.of("/proc/" + postmasterPid))) {
            return postmasterPid;
        }
        String needle = dataDir.toString();
        File[] procs = new File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
        if (procs != null) {
            for (File p : procs) {
                try {
                    String cmdline = Files.readString(p.toPath().resolve("cmdline"), StandardCharsets.ISO_8859_1)
                            .replace('\0', ' ');
                    if (cmdline.contains("postgres") && cmdline.contains(needle) && !cmdline.contains("pg_ctl")
                            && !cmdline.contains("-jar")) {
                        long pid = Long.parseLong(p.getName());
                        String[] st = stat(pid);
                        // the postmaster is the one whose parent is not itself a postgres of ours
                        if (st != null && !isPostgresOf(Long.parseLong(st[3]), needle)) {
                            postmasterPid = pid;
                            return pid;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // vanished
                }
            }
        }
        return null;
    }

    private static boolean isPostgresOf(long pid, String needle) {
        try {
            String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1);
            return cmdline.contains("postgres") && cmdline.contains(needle);
        } catch (IOException e) {
            return false;
        }
    }

    /** /proc/pid/stat split after the command name: index 0 = state (field 3), so field k is at k - 3. */
    static String[] stat(long pid) {
        return stat(Path.of("/proc/" + pid + "/stat"));
    }

    /** A /proc stat file (a process's or a thread's, /proc/pid/task/tid/stat) split as {@link #stat(long)}. */
    static String[] stat(Path file) {
        try {
            String s = Files.readString(file);
            String rest = s.substring(s.lastIndexOf(')') + 2);
            String[] f = rest.split(" ");
            String[] out = new String[f.length + 2];
            out[0] = s.substring(0, s.indexOf(' '));
            out[1] = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
            System.arraycopy(f, 0, out, 2, f.length);
            return out; // out[k-1] is field k (1-based, as in proc(5))
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** utime + stime (+ cutime + cstime when withChildren) of a process, in clock ticks. */
    static long ticks(long pid, boolean withChildren) {
        String[] f = stat(pid);
        if (f == null) {
            return 0;
        }
        long t = Long.parseLong(f[13]) + Long.parseLong(f[14]);
        if (withChildren) {
            t += Long.parseLong(f[15]) + Long.parseLong(f[16]);
        }
        return t;
    }

    /**
     * CPU ticks (utime + stime) of the app's threads whose name starts with {@code prefix}; the kernel keeps the
     * first 15 characters of a thread's name, e.g. {@code WorkPackage[wor} for the worksheets processor's workers.
     */
    long threadTicks(String prefix) {
        long total = 0;
        File[] tasks = new File("/proc/" + pid() + "/task").listFiles();
        if (tasks == null) {
            return 0;
        }
        for (File task : tasks) {
            // null: a thread that ended between the listing and the read, its time gone with it
            String[] f = stat(task.toPath().resolve("stat"));
            if (f != null && f[1].startsWith(prefix)) {
                total += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
        }
        return total;
    }

    /** CPU ticks of the postmaster (with reaped children) and of its live children (backends, walwriter...). */
    long postgresTicks() {
        Long pm = postmasterPid();
        if (pm == null) {
            return 0;
        }
        long total = ticks(pm, true);
        File[] procs = new File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
        if (procs != null) {
            for (File p : procs) {
                String[] f = stat(Long.parseLong(p.getName()));
                if (f != null && f[3].equals(String.valueOf(pm))) {
                    total += ticks(Long.parseLong(p.getName()), false);
                }
            }
        }
        return total;
    }

    /** busy and total jiffies of the whole machine from /proc/stat. */
    static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[]{total - idle, total};
        } catch (IOException e) {
            return new long[]{0, 1};
        }
    }

    /** A CPU reading at one instant; {@link #until} gives each party's share over an interval. */
    /**
     * CPU ticks at an instant: the app (and within it its JIT compiler threads and the VM thread, which runs the
     * serial collector's pauses), PostgreSQL, this harness, the machine.
     */
    record Cpu(long nanos, long app, long jit, long vmThread, long pg, long harness, long machineBusy, long machineTotal) {
        String until(Cpu end) {
            double sec = (end.nanos - nanos) / 1e9;
            double app = percent(end.app - this.app, sec);
            double jit = percent(end.jit - this.jit, sec);
            double vm = percent(end.vmThread - this.vmThread, sec);
            double pg = percent(end.pg - this.pg, sec);
            double h = percent(end.harness - harness, sec);
            double busy = (end.machineBusy - machineBusy) * 100.0 / Math.max(1, end.machineTotal - machineTotal);
            return String.format("CPU (%% of one core): app %.0f%% (of which its JIT compiler threads %.0f%%, the VM thread"
                            + " %.0f%%), postgres %.0f%%, harness %.0f%%; machine busy %.0f%% of 2 cores",
                    app, jit, vm, pg, h, busy);
        }

        /**
         * The CPU the app, PostgreSQL and this harness used together until {@code end}, per operation, in ms: what
         * one of {@code operations} cost the machine.
         */
        double msPerOperation(Cpu end, long operations) {
            long ticks = (end.app - app) + (end.pg - pg) + (end.harness - harness);
            return ticks * 1000.0 / CLK_TCK / Math.max(1, operations);
        }

        private static double percent(long ticks, double seconds) {
            return ticks / (double) CLK_TCK / seconds * 100;
        }
    }

    Cpu cpu() {
        long[] m = machine();
        return new Cpu(System.nanoTime(), ticks(pid(), false), jitTicks(), threadTicks("VM Thread"), postgresTicks(),
                ticks(ProcessHandle.current().pid(), false), m[0], m[1]);
    }

    /** CPU ticks of the app's JIT compiler threads (C1 and C2). */
    long jitTicks() {
        return threadTicks("C1 CompilerThre") + threadTicks("C2 CompilerThre");
    }

    /** VmRSS and VmHWM of the app in kB. */
    long[] memory() {
        long rss = -1;
        long hwm = -1;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return new long[]{rss, hwm};
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /**
     * SIGKILL to the app's JVM, as {@code kill -9} or the out-of-memory killer would send it: no shutdown hook runs,
     * requests in flight get no answer, and the embedded PostgreSQL (a process of its own) is left running.
     */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("app " + pid() + " survived SIGKILL");
        }
    }

    /** Alive and not a zombie (a killed process its parent has not reaped yet). */
    static boolean running(long pid) {
        String[] st = stat(pid);
        return st != null && !"Z".equals(st[2]);
    }

    /** The process {@code postmaster.pid} of the data directory names (its first line), when that process runs. */
    Optional<Long> postmasterFromPidFile() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            return running(pid) ? Optional.of(pid) : Optional.empty();
        } catch (IOException | RuntimeException none) {
            return Optional.empty();
        }
    }

    /**
     * SIGKILL to the postmaster named by {@code postmaster.pid} and to every process under it (backends, WAL
     * writer, checkpointer...), one right after the other, as when the machine stops: no shutdown checkpoint, WAL
     * buffers not yet written are gone, and the next start replays the write-ahead log. (The operating system's
     * page cache survives, unlike in a power cut: what was written but not yet fsynced is not lost here.)
     *
     * @return the process ids killed, the postmaster first; empty when no postmaster ran
     */
    List<Long> killPostgres() throws InterruptedException {
        Optional<ProcessHandle> postmaster = postmasterFromPidFile().flatMap(ProcessHandle::of);
        if (postmaster.isEmpty()) {
            return List.of();
        }
        List<ProcessHandle> all = new ArrayList<>();
        all.add(postmaster.get());
        postmaster.get().descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (all.stream().anyMatch(p -> running(p.pid())) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (all.stream().anyMatch(p -> running(p.pid()))) {
            throw new IllegalStateException("postgres processes survived SIGKILL: " + all);
        }
        return all.stream().map(ProcessHandle::pid).toList();
    }

    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        Long pm = postmasterPid();
        if (process.isAlive()) {
            System.out.println("[app] stopping pid " + pid());
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (pm != null) {
            Optional<ProcessHandle> h = ProcessHandle.of(pm);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (h.isPresent() && h.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            if (h.isPresent() && h.get().isAlive()) {
                System.out.println("[app] embedded postgres " + pm + " still running: stopping it");
                h.get().destroy();
            }
        }
    }
}
