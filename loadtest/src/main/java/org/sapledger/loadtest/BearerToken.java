package org.sapledger.loadtest;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code Authorization} header of every API request the harness sends. Once the service protects {@code /api/**}
 * with OAuth2 bearer tokens, its embedded development mode mints them at {@code POST /dev/token}
 * ({@code {"organisation", "subject"}} → {@code {"access_token", "token_type", "expires_in"}}); a service without
 * that endpoint (it answers anything but 200) needs no header, so the harness works before and after the change.
 * Asked once per app start (an {@link Api} is made per start), and again shortly before the token expires, so a
 * long run does not turn into a run of 401s.
 */
final class BearerToken {

    private final HttpClient http;
    private final String base;
    private final String organisation;
    private final String subject;
    private String accessToken;
    private long renewAtNanos;
    private String described;

    private BearerToken(HttpClient http, String base, String organisation, String subject) {
        this.http = http;
        this.base = base;
        this.organisation = organisation;
        this.subject = subject;
    }

    /** Asks the service at {@code base} for a token for {@code subject} of {@code organisation}. */
    static BearerToken obtain(HttpClient http, String base, String organisation, String subject)
            throws IOException, InterruptedException {
        BearerToken token = new BearerToken(http, base, organisation, subject);
        token.mint();
        System.out.println("[auth] " + token.described);
        return token;
    }

    /** The header value, {@code "Bearer <token>"}, or empty when the service does not ask for one. */
    synchronized Optional<String> header() throws IOException, InterruptedException {
        if (accessToken != null && System.nanoTime() - renewAtNanos > 0) {
            mint();
        }
        return accessToken == null ? Optional.empty() : Optional.of("Bearer " + accessToken);
    }

    /** What was obtained, for the report. */
    synchronized String describe() {
        return described;
    }

    private void mint() throws IOException, InterruptedException {
        String body = Api.JSON.createObjectNode().put("organisation", organisation).put("subject", subject).toString();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/dev/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            accessToken = null;
            described = "POST /dev/token answered " + answer.statusCode() + ": API requests carry no Authorization header";
            return;
        }
        JsonNode token = Api.JSON.readTree(answer.body());
        String type = token.path("token_type").asText("Bearer");
        if (!type.equalsIgnoreCase("Bearer") || !token.hasNonNull("access_token")) {
            throw new IllegalStateException("unexpected /dev/token answer: " + answer.body());
        }
        accessToken = token.get("access_token").asText();
        long lifetimeSec = token.path("expires_in").asLong(3600);
        // renew at 80% of the lifetime: a request in flight must not carry a token that expires under it
        renewAtNanos = System.nanoTime() + Duration.ofSeconds(Math.max(1, lifetimeSec * 8 / 10)).toNanos();
        described = "bearer token for " + subject + " of " + organisation + " from POST /dev/token (expires in "
                + lifetimeSec + " s, renewed at 80% of that)";
    }
}
