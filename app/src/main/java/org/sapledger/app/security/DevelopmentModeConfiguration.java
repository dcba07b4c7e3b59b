package org.sapledger.app.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The local development mode: the service signs its own tokens with a key pair made at start-up (never stored, so
 * tokens die with the process) and accepts only those. On only when {@link DevelopmentModeCondition} says so; it
 * says so loudly in the log, and the log never shows a token.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DevelopmentModeCondition.class)
public class DevelopmentModeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentModeConfiguration.class);

    @Bean
    DevelopmentTokens developmentTokens(SecuritySettings settings, Clock clock, Environment environment) {
        KeyPair keys = rsaKeyPair();
        log.warn("DEVELOPMENT MODE ({}): this service mints its own access tokens at POST /dev/token and accepts "
                + "only those. Never use it in production: configure spring.security.oauth2.resourceserver.jwt."
                + "issuer-uri (or jwk-set-uri) instead.", reason(environment));
        return new DevelopmentTokens(keys, settings, clock);
    }

    @Bean
    JwtDecoder developmentJwtDecoder(DevelopmentTokens tokens) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) tokens.keys().getPublic()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(DevelopmentTokens.ISSUER));
        return decoder;
    }

    private static String reason(Environment environment) {
        String explicit = environment.getProperty(DevelopmentModeCondition.PROPERTY);
        return explicit != null && !explicit.isBlank()
                ? DevelopmentModeCondition.PROPERTY + " is true"
                : "the embedded database is in use and no token issuer is configured";
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is unavailable", e);
        }
    }
}
