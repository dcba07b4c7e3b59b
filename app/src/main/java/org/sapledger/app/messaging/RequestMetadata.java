package org.sapledger.app.messaging;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.MetaData;

/**
 * What an auditor needs to know about the request behind a command.
 *
 * @param actor         who issued it
 * @param correlationId the request's correlation id
 * @param requestTime   when the request arrived
 * @param reason        why, if the caller said; may be null
 */
public record RequestMetadata(String actor, String correlationId, Instant requestTime, String reason) {

    /** This metadata as Axon message metadata, under the {@link CommandMetadataKeys} names. */
    public MetaData toMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(CommandMetadataKeys.ACTOR, actor);
        values.put(CommandMetadataKeys.CORRELATION_ID, correlationId);
        values.put(CommandMetadataKeys.REQUEST_TIME, requestTime.toString());
        if (reason != null) {
            values.put(CommandMetadataKeys.REASON, reason);
        }
        return MetaData.from(values);
    }

    /** The same metadata with the reason given in a request body, when there is one. */
    public RequestMetadata withBodyReason(String bodyReason) {
        return bodyReason == null || bodyReason.isBlank()
                ? this : new RequestMetadata(actor, correlationId, requestTime, bodyReason.strip());
    }
}
