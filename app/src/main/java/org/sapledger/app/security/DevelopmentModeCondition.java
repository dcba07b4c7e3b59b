package org.sapledger.app.security;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the service mints its own tokens. Explicit {@code sapledger.security.development-mode} wins; unset, the
 * development mode is on only for the local, embedded run: no external database ({@code spring.datasource.url}) and
 * no token issuer configured. A deployment with an external database and no issuer does not fall back to it: it
 * refuses to start ({@link SecurityConfiguration}).
 */
public class DevelopmentModeCondition implements Condition {

    static final String PROPERTY = "sapledger.security.development-mode";
    private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context.getEnvironment());
    }

    static boolean enabled(Environment environment) {
        String explicit = environment.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Boolean.parseBoolean(explicit.strip());
        }
        return isBlank(environment.getProperty("spring.datasource.url")) && !issuerConfigured(environment);
    }

    static boolean issuerConfigured(Environment environment) {
        return !isBlank(environment.getProperty(JWT + "issuer-uri"))
                || !isBlank(environment.getProperty(JWT + "jwk-set-uri"))
                || !isBlank(environment.getProperty(JWT + "public-key-location"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
