package org.sapledger.app.messaging;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.sapledger.domain.tenancy.Tenancy;

/**
 * Copies a command's request metadata (actor, correlation id, request time, reason) onto every event it causes,
 * so that each stored event says who changed what, when and why. Replaces Axon's default
 * {@code MessageOriginProvider}: the correlation id is the request's, not the command message's identifier; the
 * trace id is kept as Axon sets it.
 *
 * <p>Only a command's metadata is carried on: nothing here is dispatched while handling an event (no sagas; the
 * projections only write read models), and reading an event's metadata would cost a JSON deserialisation per
 * event per projection, which Axon otherwise asks for once per handled event.
 */
public class RequestMetadataCorrelationProvider implements CorrelationDataProvider {

    private static final String TRACE_ID = "traceId";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (!(message instanceof CommandMessage)) {
            return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        Map<String, ?> metaData = message.getMetaData();
        for (String key : new String[] {Tenancy.ORGANISATION_METADATA_KEY, CommandMetadataKeys.ACTOR,
                CommandMetadataKeys.REQUEST_TIME, CommandMetadataKeys.REASON}) {
            Object value = metaData.get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        Object correlationId = metaData.get(CommandMetadataKeys.CORRELATION_ID);
        data.put(CommandMetadataKeys.CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
        Object traceId = metaData.get(TRACE_ID);
        data.put(TRACE_ID, traceId != null ? traceId : message.getIdentifier());
        return data;
    }
}
