package org.sapledger.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default keeps its data across a stop and a start on the same data directory. */
class EmbeddedPostgresConfigurationTest {

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void dataSurvivesARestartOnThePersistentDirectory(@TempDir Path directory) throws Exception {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(directory.toString(), 0, null, null);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties);
             HikariDataSource dataSource = configuration.dataSource(first, properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("CREATE TABLE kept (id INT PRIMARY KEY, note TEXT)");
            jdbc.update("INSERT INTO kept VALUES (1, 'still here')");
        }

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties);
             HikariDataSource dataSource = configuration.dataSource(second, properties)) {
            assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT note FROM kept WHERE id = 1", String.class))
                    .isEqualTo("still here");
        }
        assertThat(directory.resolve("PG_VERSION")).exists();
    }

    @Test
    void aBlankDirectoryMeansATemporaryDatabase() {
        assertThat(new EmbeddedPostgresProperties("", 0, null, null).temporary()).isTrue();
        assertThat(new EmbeddedPostgresProperties(null, 0, null, null).temporary()).isTrue();
        assertThat(new EmbeddedPostgresProperties("./data/postgres", 54320, 5, null).temporary()).isFalse();
    }

    @Test
    void theServerGetsAMinuteToStartUnlessToldOtherwise() {
        assertThat(new EmbeddedPostgresProperties(null, 0, null, null).effectiveStartupTimeout())
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(new EmbeddedPostgresProperties(null, 0, null, Duration.ZERO).effectiveStartupTimeout())
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(new EmbeddedPostgresProperties(null, 0, null, Duration.ofSeconds(5)).effectiveStartupTimeout())
                .isEqualTo(Duration.ofSeconds(5));
    }
}
