package org.sapledger.app.config;

import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A stand-in for the service in {@link EmbeddedPostgresOrphanTest}: a JVM of its own that starts the embedded
 * PostgreSQL exactly as the service does, commits a row, says so by creating a marker file, and waits to be killed.
 * Killing it leaves its PostgreSQL running, as a killed service does.
 *
 * <p>Arguments: the data directory, the port, the marker file.
 */
public final class EmbeddedPostgresOwner {

    /** The row it commits before it reports ready. */
    static final String COMMITTED_NOTE = "committed before the kill";

    private EmbeddedPostgresOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresProperties properties =
                new EmbeddedPostgresProperties(args[0], Integer.parseInt(args[1]), 2, null);
        EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();
        EmbeddedPostgres postgres = configuration.embeddedPostgres(properties);
        HikariDataSource dataSource = configuration.dataSource(postgres, properties);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE kept (id INT PRIMARY KEY, note TEXT)");
        jdbc.update("INSERT INTO kept VALUES (1, ?)", COMMITTED_NOTE);
        Files.writeString(Path.of(args[2]), "ready");
        Thread.sleep(Long.MAX_VALUE);
    }
}
