package org.sapledger.app.web;

/** The request headers the API understands besides the standard ones. */
public final class RequestHeaders {

    /** Why the change is made; a body {@code reason} field takes precedence. */
    public static final String REASON = "X-Reason";
    /** Ties a request to its events and log lines; echoed in the answer. */
    public static final String CORRELATION_ID = "X-Correlation-Id";
    /** Makes a retried command return its first answer instead of being applied twice. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Longest value accepted for any of these headers. */
    public static final int MAX_LENGTH = 255;

    private RequestHeaders() {
    }
}
