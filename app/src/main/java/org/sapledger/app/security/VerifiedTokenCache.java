package org.sapledger.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens the decoder has already verified, so a client sending the same bearer token on every request
 * costs one signature check and one claim validation per token, not per request. A remembered token is used only
 * before its {@code exp} and for at most {@link #MAX_AGE} after its verification (so a key withdrawn from the
 * issuer's key set stops being honoured within that time, as with the key set's own caching); after either, the
 * token goes through the decoder again, which then accepts or refuses it as it would have. Tokens without
 * {@code exp} and refused tokens are never remembered. At most {@code capacity} tokens are held; when full, the
 * memory is emptied and refills with the tokens in use.
 */
final class VerifiedTokenCache implements JwtDecoder {

    /** How long a verified token is used without verifying it again. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private record Verified(Jwt jwt, Instant usableUntil) {
    }

    private final JwtDecoder decoder;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(JwtDecoder decoder, Clock clock, int capacity) {
        this.decoder = decoder;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified remembered = verified.get(token);
        if (remembered != null) {
            if (now.isBefore(remembered.usableUntil())) {
                return remembered.jwt();
            }
            verified.remove(token, remembered);
        }
        Jwt jwt = decoder.decode(token);
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt != null && now.isBefore(expiresAt)) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            Instant maxAge = now.plus(MAX_AGE);
            verified.put(token, new Verified(jwt, expiresAt.isBefore(maxAge) ? expiresAt : maxAge));
        }
        return jwt;
    }
}
