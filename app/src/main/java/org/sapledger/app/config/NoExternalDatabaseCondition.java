package org.sapledger.app.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when no external database is configured: neither {@code spring.datasource.url} nor its environment form
 * {@code SPRING_DATASOURCE_URL} is set.
 */
class NoExternalDatabaseCondition implements Condition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(URL_PROPERTY);
        return url == null || url.isBlank();
    }
}
