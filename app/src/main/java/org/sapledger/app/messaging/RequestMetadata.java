package org.sapledger.app.messaging;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.MetaData;
import org.sapledger.domain.tenancy.Tenancy;

/**
 * What an auditor needs to know about the request behind a command.
 *
 * @param organisation  the organisation it was issued for (the caller's token), checked by the aggregate
 * @param actor         who issued it (the caller's token)
 * @param correlationId the request's correlation id
 * @param requestTime   when the request arrived
 * @param reason        why, if the caller said; may be null
 */
public record RequestMetadata(String organisation, String actor, String correlationId, Instant requestTime, String reason) {

    /** This metadata as Axon message metadata, under the {@link CommandMetadataKeys} names. */
    public MetaData toMetaData() {
        Map<String, Object> values = new HashMap<>();
        values.put(Tenancy.ORGANISATION_METADATA_KEY, organisation);
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
                ? this : new RequestMetadata(organisation, actor, correlationId, requestTime, bodyReason.strip());
    }
}
