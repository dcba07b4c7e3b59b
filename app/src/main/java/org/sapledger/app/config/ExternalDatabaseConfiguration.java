package org.sapledger.app.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) set, Spring Boot's own DataSource is used
 * and no embedded server starts; this only says so in the log, without credentials.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url")
public class ExternalDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseConfiguration.class);

    ExternalDatabaseConfiguration(DataSourceProperties properties) {
        log.info("External database configured: using {} (no embedded PostgreSQL started)",
                withoutCredentials(properties.getUrl()));
    }

    /** The JDBC URL without a query string, which may carry a password. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
