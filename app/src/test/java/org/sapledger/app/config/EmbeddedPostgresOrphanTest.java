package org.sapledger.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A restart after the service was killed: the embedded PostgreSQL it started outlives it, and the next start on the
 * same data directory must stop that server safely and start its own, with every committed row still there; and
 * nothing else is ever stopped.
 */
class EmbeddedPostgresOrphanTest {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void aRestartTakesTheDirectoryOverFromTheServerOfAKilledService(@TempDir Path temp) throws Exception {
        Path directory = temp.resolve("pgdata");
        int port = freePort();
        Path ready = temp.resolve("ready");
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresOwner.class.getName(),
                directory.toString(), Integer.toString(port), ready.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("service.log").toFile()).start();
        long orphan = -1;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ready) && service.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(ready).as("the stand-in service started its database (log: %s)", temp.resolve("service.log"))
                    .exists();
            orphan = PostmasterPidFile.read(directory).orElseThrow().pid();

            service.destroyForcibly();
            assertThat(service.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(OrphanedPostmaster.running(orphan)).as("the killed service's PostgreSQL outlives it").isTrue();

            EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(directory.toString(), port, 2, null);
            try (EmbeddedPostgres restarted = configuration.embeddedPostgres(properties);
                 HikariDataSource dataSource = configuration.dataSource(restarted, properties)) {
                assertThat(OrphanedPostmaster.running(orphan)).as("the orphaned server was stopped").isFalse();
                assertThat(PostmasterPidFile.read(directory).orElseThrow().pid()).isNotEqualTo(orphan);
                assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT note FROM kept WHERE id = 1",
                        String.class)).isEqualTo(EmbeddedPostgresOwner.COMMITTED_NOTE);
            }
        } finally {
            service.destroyForcibly();
            if (orphan > 0 && OrphanedPostmaster.running(orphan)
                    && new OrphanedPostmaster(directory).identify(orphan)
                    == OrphanedPostmaster.Identity.POSTMASTER_OF_THIS_DIRECTORY) {
                ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void aServerWhoseOwnerIsAliveIsLeftAlone(@TempDir Path directory) throws Exception {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(directory.toString(), 0, 2, null);
        try (EmbeddedPostgres running = configuration.embeddedPostgres(properties)) {
            long postmaster = PostmasterPidFile.read(directory).orElseThrow().pid();
            assertThat(new OrphanedPostmaster(directory).identify(postmaster))
                    .isEqualTo(OrphanedPostmaster.Identity.POSTMASTER_OF_THIS_DIRECTORY);

            new OrphanedPostmaster(directory).stopIfRunning();

            assertThat(OrphanedPostmaster.running(postmaster)).isTrue();
            try (var connection = running.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void aLiveProcessThatIsNotItsPostgresIsNeverStoppedAndItsStaleLockFileGoes(@TempDir Path directory)
            throws Exception {
        long unrelated = ProcessHandle.current().pid(); // as when the id of a dead server was given to another process
        Path pidFile = Files.writeString(directory.resolve(PostmasterPidFile.NAME), unrelated + "\n" + directory + "\n");
        OrphanedPostmaster orphans = new OrphanedPostmaster(directory);

        assertThat(orphans.identify(unrelated)).isEqualTo(OrphanedPostmaster.Identity.ANOTHER_PROCESS);
        orphans.stopIfRunning();

        assertThat(ProcessHandle.current().isAlive()).isTrue();
        assertThat(pidFile).as("PostgreSQL would refuse to start while it names a live process").doesNotExist();
    }

    @Test
    void theLockFileOfAServerThatIsGoneIsLeftToPostgresql(@TempDir Path directory) throws Exception {
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        Path pidFile = Files.writeString(directory.resolve(PostmasterPidFile.NAME), exited.pid() + "\n" + directory + "\n");

        new OrphanedPostmaster(directory).stopIfRunning();

        assertThat(pidFile).as("PostgreSQL sees the process is gone and recovers from its write-ahead log").exists();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
