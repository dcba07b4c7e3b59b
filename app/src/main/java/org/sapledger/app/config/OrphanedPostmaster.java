package org.sapledger.app.config;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the embedded database's data directory back from a PostgreSQL server that outlived the service that
 * started it.
 *
 * <p>The embedded server is a process of its own (zonky runs {@code pg_ctl start}); when the service's JVM is
 * killed (SIGKILL, the out-of-memory killer, a crashed host process) nothing stops it, and it keeps the directory's
 * {@code postmaster.pid} and the port. A new start on the same directory then fails, or worse, zonky's start-up
 * probe reaches the old server on the port and the service runs against a server it does not control. So before
 * starting, a live postmaster of <em>this</em> directory whose owner is gone is shut down the way PostgreSQL
 * intends: a fast shutdown (SIGINT), which rolls back open transactions and keeps every committed one; only if
 * that does not finish in time an immediate shutdown (SIGQUIT), after which the next start replays the
 * write-ahead log as after a crash, which is just as safe for committed data.
 *
 * <p>What it never touches: a server whose owner is still alive (zonky holds an exclusive lock on
 * {@value #ZONKY_LOCK_FILE} in the directory for as long as its JVM lives, and the operating system releases it when
 * that JVM dies, however it dies), and a process that is not a postgres serving this directory (the process id in a
 * stale {@code postmaster.pid} may since have been given to an unrelated process). A stale {@code postmaster.pid}
 * whose process is gone needs nothing: PostgreSQL notices and recovers from its write-ahead log.
 */
final class OrphanedPostmaster {

    /** zonky's lock file in the data directory, held by the JVM whose embedded server uses the directory. */
    static final String ZONKY_LOCK_FILE = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private static final Duration FAST_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration IMMEDIATE_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    private final Path dataDirectory;

    OrphanedPostmaster(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
    }

    /** What the process a {@code postmaster.pid} names turned out to be. */
    enum Identity {
        /** a postgres whose data directory is this one */
        POSTMASTER_OF_THIS_DIRECTORY,
        /** some other process (the id was reused), or a postgres of another directory */
        ANOTHER_PROCESS,
        /** its command line and working directory cannot be read: nothing is done to it */
        UNKNOWN
    }

    /**
     * Leaves the directory free for a new server: stops an orphaned postmaster of this directory and waits (bounded)
     * until it has exited; removes a {@code postmaster.pid} that names an unrelated live process (PostgreSQL would
     * refuse to start on it). Does nothing when no server runs, or when its owner is still alive.
     *
     * @throws IllegalStateException when an orphaned postmaster does not stop
     */
    void stopIfRunning() throws IOException {
        Optional<PostmasterPidFile> found = PostmasterPidFile.read(dataDirectory);
        if (found.isEmpty()) {
            return;
        }
        PostmasterPidFile pidFile = found.get();
        long pid = pidFile.pid();
        if (!running(pid)) {
            log.info("Embedded PostgreSQL: {} names process {}, which is not running (the server was stopped "
                    + "abruptly); PostgreSQL recovers from its write-ahead log on start", pidFile.file(), pid);
            return;
        }
        if (ownerAlive()) {
            log.warn("Embedded PostgreSQL: data directory {} is in use by postmaster {}, whose owning process is "
                    + "still running (it holds {}); leaving it alone", dataDirectory, pid, ZONKY_LOCK_FILE);
            return;
        }
        switch (identify(pid)) {
            case POSTMASTER_OF_THIS_DIRECTORY -> stop(pid);
            case ANOTHER_PROCESS -> {
                log.warn("Embedded PostgreSQL: {} names process {}, which is not a postgres serving {} (the id was "
                        + "reused after the server died); removing the stale lock file", pidFile.file(), pid,
                        dataDirectory);
                Files.deleteIfExists(pidFile.file());
            }
            case UNKNOWN -> log.warn("Embedded PostgreSQL: {} names running process {}, which cannot be inspected; "
                    + "leaving it alone", pidFile.file(), pid);
        }
    }

    /**
     * Whether the JVM that started a server on this directory still lives: it holds zonky's exclusive lock for as
     * long as it runs. The lock is taken and released at once; zonky takes it again when it starts.
     */
    private boolean ownerAlive() throws IOException {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException heldByThisJvm) {
            return true;
        }
    }

    /** Whether {@code pid} is a postgres serving this data directory, judged by its command line and working directory. */
    Identity identify(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return Identity.ANOTHER_PROCESS;
        }
        ProcessHandle.Info info = handle.get().info();
        Optional<String> command = info.command();
        Optional<Path> workingDirectory = workingDirectory(pid);
        if (command.isEmpty() && workingDirectory.isEmpty()) {
            return Identity.UNKNOWN;
        }
        String executable = command.map(c -> Path.of(c).getFileName().toString()).orElse("");
        if (command.isPresent() && !executable.equals("postgres") && !executable.equals("postmaster")) {
            return Identity.ANOTHER_PROCESS;
        }
        Path ours = realPath(dataDirectory);
        // the postmaster changes into its data directory at start; its command line has "-D <directory>"
        boolean inOurDirectory = workingDirectory.map(OrphanedPostmaster::realPath).filter(ours::equals).isPresent();
        boolean namesOurDirectory = info.arguments().map(List::of).orElse(List.of()).stream()
                .anyMatch(argument -> argument.equals(dataDirectory.toString()) || argument.equals(ours.toString()));
        return inOurDirectory || namesOurDirectory ? Identity.POSTMASTER_OF_THIS_DIRECTORY : Identity.ANOTHER_PROCESS;
    }

    private void stop(long pid) throws IOException {
        log.warn("Embedded PostgreSQL: data directory {} is still served by postmaster {}, orphaned when the process "
                + "that started it ended without stopping it (killed?); stopping it with a fast shutdown (SIGINT: open "
                + "transactions are rolled back, committed data is kept)", dataDirectory, pid);
        long started = System.nanoTime();
        signal(pid, "INT");
        if (awaitExit(pid, FAST_SHUTDOWN_TIMEOUT)) {
            log.info("Embedded PostgreSQL: orphaned postmaster {} stopped in {} ms; starting a new server on {}", pid,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDirectory);
            return;
        }
        log.warn("Embedded PostgreSQL: orphaned postmaster {} did not stop within {} s; immediate shutdown (SIGQUIT: "
                + "the next start replays the write-ahead log, committed data is kept)", pid,
                FAST_SHUTDOWN_TIMEOUT.toSeconds());
        signal(pid, "QUIT");
        if (awaitExit(pid, IMMEDIATE_SHUTDOWN_TIMEOUT)) {
            log.info("Embedded PostgreSQL: orphaned postmaster {} stopped (immediate shutdown) in {} ms", pid,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return;
        }
        throw new IllegalStateException("The embedded PostgreSQL postmaster " + pid + " left running on " + dataDirectory
                + " did not stop; stop it (pg_ctl stop -D " + dataDirectory + " -m fast) and start the service again");
    }

    /**
     * Sends a signal through the shell's built-in {@code kill}: the JDK can only send SIGTERM and SIGKILL, and
     * PostgreSQL's fast shutdown is SIGINT (SIGTERM would wait for every client to disconnect).
     */
    private static void signal(long pid, String signal) throws IOException {
        Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -" + signal + " " + pid)
                .redirectErrorStream(true).start();
        try {
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while signalling postmaster " + pid, e);
        }
    }

    private static boolean awaitExit(long pid, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for postmaster " + pid + " to stop", e);
            }
        }
        return true;
    }

    /** Alive and not a zombie (an exited process its new parent has not reaped yet holds no port and no files). */
    static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        if (!Files.isDirectory(Path.of("/proc", "self"))) {
            return true; // no /proc (not Linux): alive is all that can be told
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException exitedMeanwhile) {
            return false;
        }
    }

    private static Optional<Path> workingDirectory(long pid) {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")));
        } catch (IOException | UnsupportedOperationException | SecurityException unreadable) {
            return Optional.empty();
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException gone) {
            return path.toAbsolutePath().normalize();
        }
    }
}
