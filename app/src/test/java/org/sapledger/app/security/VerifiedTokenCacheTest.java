package org.sapledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A verified token is verified again only when it must be: never after its expiry or after five minutes, never
 * when it was refused.
 */
class VerifiedTokenCacheTest {

    private static final Instant START = Instant.parse("2026-11-26T12:00:00Z");

    private final SettableClock clock = new SettableClock(START);
    private final CountingDecoder decoder = new CountingDecoder();

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        decoder.accept("a", START.plus(Duration.ofHours(1)));
        VerifiedTokenCache cache = new VerifiedTokenCache(decoder, clock, 100);

        Jwt first = cache.decode("a");
        clock.advance(Duration.ofMinutes(4));
        Jwt again = cache.decode("a");

        assertThat(again).isSameAs(first);
        assertThat(decoder.calls("a")).isEqualTo(1);
    }

    @Test
    void afterItsExpiryATokenGoesThroughTheDecoderAgain() {
        decoder.accept("a", START.plus(Duration.ofMinutes(2)));
        VerifiedTokenCache cache = new VerifiedTokenCache(decoder, clock, 100);
        cache.decode("a");

        clock.advance(Duration.ofMinutes(2));
        decoder.refuse("a");

        assertThatThrownBy(() -> cache.decode("a")).isInstanceOf(BadJwtException.class);
        assertThat(decoder.calls("a")).isEqualTo(2);
    }

    @Test
    void aTokenIsVerifiedAgainAfterFiveMinutesEvenIfItLivesLonger() {
        decoder.accept("a", START.plus(Duration.ofHours(12)));
        VerifiedTokenCache cache = new VerifiedTokenCache(decoder, clock, 100);
        cache.decode("a");

        clock.advance(VerifiedTokenCache.MAX_AGE);
        decoder.refuse("a");

        assertThatThrownBy(() -> cache.decode("a")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        decoder.refuse("bad");
        VerifiedTokenCache cache = new VerifiedTokenCache(decoder, clock, 100);

        assertThatThrownBy(() -> cache.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThat(decoder.calls("bad")).isEqualTo(2);
    }

    @Test
    void aTokenWithoutExpiryIsVerifiedEveryTime() {
        decoder.accept("forever", null);
        VerifiedTokenCache cache = new VerifiedTokenCache(decoder, clock, 100);

        cache.decode("forever");
        cache.decode("forever");

        assertThat(decoder.calls("forever")).isEqualTo(2);
    }

    @Test
    void atCapacityTheMemoryStartsAfresh() {
        VerifiedTokenCache cache = new VerifiedTokenCache(decoder, clock, 2);
        for (String token : new String[] {"a", "b", "c"}) {
            decoder.accept(token, START.plus(Duration.ofHours(1)));
            cache.decode(token);
        }

        cache.decode("c");
        cache.decode("a");

        assertThat(decoder.calls("c")).isEqualTo(1);
        assertThat(decoder.calls("a")).isEqualTo(2);
    }

    /** A decoder that accepts or refuses each token as told and counts its calls. */
    private static final class CountingDecoder implements JwtDecoder {

        private final Map<String, Instant> accepted = new HashMap<>();
        private final Map<String, Integer> calls = new HashMap<>();

        void accept(String token, Instant expiresAt) {
            accepted.put(token, expiresAt);
        }

        void refuse(String token) {
            accepted.remove(token);
        }

        int calls(String token) {
            return calls.getOrDefault(token, 0);
        }

        @Override
        public Jwt decode(String token) throws JwtException {
            calls.merge(token, 1, Integer::sum);
            if (!accepted.containsKey(token)) {
                throw new BadJwtException("refused " + token);
            }
            Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("tester")
                    .issuedAt(START.minusSeconds(1));
            Instant expiresAt = accepted.get(token);
            if (expiresAt != null) {
                jwt.expiresAt(expiresAt);
            }
            return jwt.build();
        }
    }

    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
