package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Figures of the projections that must follow from the event store, whatever else a crash did. The measures are
 * the sharpest detector of an event applied twice: every other projection effect of the crash scenario's command mix
 * overwrites a value (the same event applied again writes the same value), while {@code MeasureAdded} appends to the
 * scenario worksheet's list, so applying one twice lists the measure twice.
 *
 * @param propertiesBehind properties whose {@code worksheet_version} is not their last sequence number
 * @param measuresListed   measures listed over every scenario worksheet (both climate bases, one row holds both)
 * @param expectedMeasures {@code MeasureAdded} events × 2 bases (the crash mix never removes a measure)
 */
record ProjectionCounts(long propertiesBehind, long measuresListed, long expectedMeasures) {

    static ProjectionCounts of(Connection c) throws Exception {
        return new ProjectionCounts(
                scalar(c, """
                        SELECT count(*) FROM (SELECT aggregate_identifier id, max(sequence_number) last
                                              FROM domain_event_entry GROUP BY aggregate_identifier) e
                        LEFT JOIN worksheet_version w ON w.property_id = e.id
                        WHERE w.version IS DISTINCT FROM e.last"""),
                scalar(c, """
                        SELECT coalesce(sum(json_array_length(measures)
                                            + json_array_length(coalesce(local_measures, measures))), 0)
                        FROM worksheet WHERE plan_id IS NOT NULL"""),
                2 * scalar(c, "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%.MeasureAdded'"));
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
