package org.sapledger.app.messaging;

/**
 * Names of the metadata every command carries and every event inherits: who asked, in which request, when, and why.
 */
public final class CommandMetadataKeys {

    /** The principal who issued the command (a claim of its token, the subject by default). */
    public static final String ACTOR = "actor";
    /** Ties the events of one request together; the {@code X-Correlation-Id} header or a fresh UUID. */
    public static final String CORRELATION_ID = "correlationId";
    /** Wall-clock time the request arrived, ISO-8601. */
    public static final String REQUEST_TIME = "requestTime";
    /** The caller's optional explanation ({@code X-Reason} header or a {@code reason} body field). */
    public static final String REASON = "reason";

    private CommandMetadataKeys() {
    }
}
