package org.sapledger.query.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Checkpoints of as-of replay in {@code timeline_checkpoint}: a replay starts from the nearest checkpoint at or
 * before the point it asks for, and leaves a checkpoint behind every {@code interval} events it folds, so replaying
 * a long history reads at most one interval of events.
 */
@Repository
class TimelineCheckpoints {

    /** Changes whenever {@link PropertyTimeline} folds events differently; older checkpoints are then ignored. */
    static final int FORMAT_VERSION = 1;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final int interval;

    TimelineCheckpoints(JdbcTemplate jdbc, ObjectMapper json,
                        @Value("${sapledger.history.checkpoint-interval:500}") int interval) {
        this.jdbc = jdbc;
        this.json = json;
        this.interval = interval;
    }

    /**
     * A checkpoint: the timeline folded up to {@code version}.
     *
     * @param version   the last event folded in
     * @param timestamp that event's timestamp
     * @param state     the folded state
     */
    record Checkpoint(long version, Instant timestamp, PropertyTimeline.State state) {
    }

    /** The latest checkpoint at or before the version (or, when {@code atVersion} is null, the instant). */
    Optional<Checkpoint> nearest(String propertyId, Long atVersion, Instant asOf) {
        return jdbc.query("""
                        SELECT version, event_timestamp, state::text FROM timeline_checkpoint
                        WHERE property_id = ? AND format_version = ? AND version <= ? AND event_timestamp <= ?
                        ORDER BY version DESC LIMIT 1""",
                (row, n) -> new Checkpoint(row.getLong(1), row.getTimestamp(2).toInstant(), read(row.getString(3))),
                propertyId, FORMAT_VERSION, atVersion == null ? Long.MAX_VALUE : atVersion,
                Timestamp.from(asOf == null ? Instant.parse("9999-12-31T00:00:00Z") : asOf))
                .stream().findFirst();
    }

    /** Whether a replay that has just folded {@code version} should leave a checkpoint. */
    boolean isDue(long version) {
        return (version + 1) % interval == 0;
    }

    void save(String propertyId, long version, Instant timestamp, PropertyTimeline.State state) {
        jdbc.update("""
                INSERT INTO timeline_checkpoint (property_id, version, event_timestamp, format_version, state)
                VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                propertyId, version, Timestamp.from(timestamp), FORMAT_VERSION, write(state));
    }

    private PropertyTimeline.State read(String text) {
        try {
            return json.readValue(text, PropertyTimeline.State.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable timeline checkpoint", e);
        }
    }

    private String write(PropertyTimeline.State state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write timeline checkpoint", e);
        }
    }
}
