package org.sapledger.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that the service starts when no external database is configured.
 *
 * @param dataDirectory where the database files live; kept across restarts. Blank means a fresh temporary
 *                      directory that is deleted when the service stops (what the tests use).
 * @param port          the port it listens on (loopback only); 0 picks a free port
 * @param poolSize      the most connections the service opens to it
 */
@ConfigurationProperties(prefix = "sapledger.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port, Integer poolSize) {

    /** Connections when {@code pool-size} is not set: enough for 32 concurrent requests and the processors. */
    public static final int DEFAULT_POOL_SIZE = 20;

    public int effectivePoolSize() {
        return poolSize == null || poolSize < 1 ? DEFAULT_POOL_SIZE : poolSize;
    }

    /** Whether the database should live in a throw-away directory. */
    public boolean temporary() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}
