package org.sapledger.domain.history;

import java.time.Instant;
import java.util.List;

/**
 * A worksheet line's value after each event of a property.
 *
 * @param propertyId the property
 * @param line       the line key
 * @param basis      RATING or LOCAL
 * @param points     one per event, oldest first
 */
public record LineTrail(String propertyId, String line, String basis, List<Point> points) {

    public LineTrail {
        points = List.copyOf(points);
    }

    /**
     * The line after one event.
     *
     * @param sequenceNumber the event's sequence number (the property version it created)
     * @param timestamp      when it was stored
     * @param eventType      its name
     * @param actor          who issued it
     * @param reason         why, may be null
     * @param value          the line's value after it: a {@code Double}, twelve values for a monthly line, or null
     *                       while the dwelling cannot be calculated or the line does not apply
     * @param changed        whether this event changed the value
     */
    public record Point(long sequenceNumber, Instant timestamp, String eventType, String actor, String reason,
            Object value, boolean changed) {
    }
}
