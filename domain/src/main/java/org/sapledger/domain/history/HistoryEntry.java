package org.sapledger.domain.history;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a property's history, as an auditor reads it.
 *
 * @param sequenceNumber the property version the event created (0 for the registration)
 * @param timestamp      when it was stored
 * @param type           the event's name, e.g. {@code ElementChanged}
 * @param payload        the event as stored: the element or setting, its old ({@code before}) and new
 *                       ({@code after}) value
 * @param actor          who issued the command
 * @param correlationId  the request it came from
 * @param reason         why, if the actor said; may be null
 */
public record HistoryEntry(long sequenceNumber, Instant timestamp, String type, Map<String, Object> payload,
        String actor, String correlationId, String reason) {
}
