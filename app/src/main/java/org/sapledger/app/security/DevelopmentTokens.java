package org.sapledger.app.security;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.JWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Mints the development mode's tokens, signed with the key pair made at start-up. */
public class DevelopmentTokens {

    /** The {@code iss} of every development token; the development decoder accepts no other. */
    public static final String ISSUER = "urn:sapledger:development";
    /** How long a development token is valid. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private final KeyPair keys;
    private final SecuritySettings settings;
    private final Clock clock;
    private final NimbusJwtEncoder encoder;

    DevelopmentTokens(KeyPair keys, SecuritySettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate()).keyID("development").build();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
    }

    KeyPair keys() {
        return keys;
    }

    /**
     * A token for a user of an organisation.
     *
     * @param organisation the organisation claim
     * @param subject      the subject, recorded as the actor of the user's changes
     * @param admin        whether the token carries the admin scope (the administration endpoints)
     */
    public String mint(String organisation, String subject, boolean admin) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(LIFETIME))
                .claim(settings.organisationClaim(), organisation)
                .claim("scope", admin ? "sapledger " + settings.adminScope() : "sapledger")
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("development").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
