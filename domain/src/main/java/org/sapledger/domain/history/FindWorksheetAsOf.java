package org.sapledger.domain.history;

import java.time.Instant;

/**
 * Query: a worksheet as it was at a past point, replayed from the event store; answered with an
 * {@code Optional<WorksheetView>}, empty when the subject did not exist at that point.
 *
 * @param subjectId  a property id (its baseline) or a scenario id
 * @param basis      RATING or LOCAL
 * @param atVersion  the property version to stop at, or null
 * @param asOf       the instant to stop at (the last event stored at or before it), or null
 */
public record FindWorksheetAsOf(String subjectId, String basis, Long atVersion, Instant asOf) {
}
