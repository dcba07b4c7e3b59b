package org.sapledger.app.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that the service starts when no external database is configured.
 *
 * @param dataDirectory where the database files live; kept across restarts. Blank means a fresh temporary
 *                      directory that is deleted when the service stops (what the tests use).
 * @param port          the port it listens on (loopback only); 0 picks a free port
 */
@ConfigurationProperties(prefix = "sapledger.embedded-postgres")
public record EmbeddedPostgresProperties(String dataDirectory, int port) {

    /** Whether the database should live in a throw-away directory. */
    public boolean temporary() {
        return dataDirectory == null || dataDirectory.isBlank();
    }
}
