package org.sapledger.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: with no {@code spring.datasource.url} configured, the service starts its own PostgreSQL
 * (zonky embedded binaries) on a persistent data directory, so every event survives a restart. The DataSource
 * depends on the server bean, so at shutdown Spring closes Axon and the pool first and stops the server last.
 * A server left running on the directory by a previous run that was killed is shut down first
 * ({@link OrphanedPostmaster}), so a restart after a crash gets a server of its own.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        // Spring stops the server (destroyMethod) after everything that uses it; zonky's own JVM shutdown hook
        // would stop it concurrently with Spring's, before Axon has released its tokens.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setPGStartupWait(properties.effectiveStartupTimeout());
        if (properties.temporary()) {
            builder.setCleanDataDirectory(true);
        } else {
            Path directory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
            Files.createDirectories(directory);
            new OrphanedPostmaster(directory).stopIfRunning();
            builder.setDataDirectory(directory.toFile()).setCleanDataDirectory(false)
                    // zonky runs PostgreSQL for tests (fsync off, asynchronous commit); kept data must be durable:
                    // an answered command's event survives a crash of the service or the machine
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (properties.port() > 0) {
            new LoopbackPort(properties.port()).awaitFree(properties.effectiveStartupTimeout());
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("No external database configured (spring.datasource.url / SPRING_DATASOURCE_URL unset): "
                        + "started embedded PostgreSQL on localhost:{} with data directory {}",
                postgres.getPort(),
                properties.temporary() ? "(temporary, deleted on stop)"
                        : Path.of(properties.dataDirectory()).toAbsolutePath().normalize());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("sapledger-embedded");
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(properties.effectivePoolSize());
        return new HikariDataSource(config);
    }
}
