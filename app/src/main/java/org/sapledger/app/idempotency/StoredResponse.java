package org.sapledger.app.idempotency;

/**
 * The first answer given to a request with an idempotency key.
 *
 * @param fingerprint SHA-256 (hex) of the request's method, path and body
 * @param status      HTTP status of the answer
 * @param location    its {@code Location} header, or null
 * @param body        its JSON body
 */
public record StoredResponse(String fingerprint, int status, String location, String body) {
}
