package org.sapledger.app.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that the service starts when no external database is configured.
 *
 * @param dataDirectory where the database files live; kept across restarts. Blank means a fresh temporary
 *                      directory that is deleted when the service stops (what the tests use).
 * @param port          the port it listens on (loopback only); 0 picks a free port
 * @param poolSize      the most connections the service opens to it
 * @param startupTimeout how long the service waits for the port to be free ({@link LoopbackPort}), and then for the
 *                      server to accept connections, before it gives up
 */
@ConfigurationProperties(prefix = "sapledger.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port, Integer poolSize, Duration startupTimeout) {

    /** Connections when {@code pool-size} is not set: enough for 32 concurrent requests and the processors. */
    public static final int DEFAULT_POOL_SIZE = 20;

    /**
     * The wait when {@code startup-timeout} is not set. zonky's own, 10 s, was once too short on the 2-core machine
     * right after a test run (a first start also creates the database; a port still held by a connection of the test
     * run fails the same way, which {@link LoopbackPort} now tells apart).
     */
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    public Duration effectiveStartupTimeout() {
        return startupTimeout == null || startupTimeout.isNegative() || startupTimeout.isZero()
                ? DEFAULT_STARTUP_TIMEOUT : startupTimeout;
    }

    public int effectivePoolSize() {
        return poolSize == null || poolSize < 1 ? DEFAULT_POOL_SIZE : poolSize;
    }

    /** Whether the database should live in a throw-away directory. */
    public boolean temporary() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}
