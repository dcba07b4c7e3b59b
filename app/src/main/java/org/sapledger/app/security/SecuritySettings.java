package org.sapledger.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How callers are identified. Token validation itself is Spring Boot's standard resource-server configuration
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, {@code jwk-set-uri} or {@code public-key-location},
 * and {@code audiences}). Whether the service mints its own tokens is {@link DevelopmentModeCondition}'s to decide
 * ({@code sapledger.security.development-mode}).
 *
 * @param organisationClaim the token claim naming the caller's organisation
 * @param actorClaim        the token claim recorded as the actor of each change
 * @param adminScope        the scope that the administration endpoints ({@code /api/admin/**}) require
 */
@ConfigurationProperties(prefix = "sapledger.security")
public record SecuritySettings(String organisationClaim, String actorClaim, String adminScope) {

    public SecuritySettings {
        organisationClaim = blankToDefault(organisationClaim, "org");
        actorClaim = blankToDefault(actorClaim, "sub");
        adminScope = blankToDefault(adminScope, "sapledger:admin");
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
