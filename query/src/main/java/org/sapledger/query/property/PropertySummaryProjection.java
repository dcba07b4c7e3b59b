package org.sapledger.query.property;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.sapledger.domain.property.ClimateRegionChanged;
import org.sapledger.domain.property.DwellingType;
import org.sapledger.domain.property.FindPropertySummary;
import org.sapledger.domain.property.ListPropertySummaries;
import org.sapledger.domain.property.PostcodeChanged;
import org.sapledger.domain.property.PropertyRegistered;
import org.sapledger.domain.property.PropertySummary;
import org.sapledger.domain.property.PropertySummaryPage;
import org.sapledger.query.jdbc.BatchStatements;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code property_summary} read model: one row per property with what the property list shows, from its
 * registration and its later changes of postcode and climate region; {@code version} is the last of those events'
 * sequence numbers. Idempotent: applying an event the row already reflects (its version is not newer) changes
 * nothing, so a replay or a retried batch is safe. A batch's writes go to PostgreSQL together when it commits
 * ({@link BatchStatements}); no handler reads the table.
 */
@Component
@ProcessingGroup(PropertySummaryProjection.PROCESSING_GROUP)
public class PropertySummaryProjection {

    /** The event processor that runs this projection. */
    public static final String PROCESSING_GROUP = "property-summary";

    private static final RowMapper<PropertySummary> ROW_MAPPER = PropertySummaryProjection::mapRow;

    private final JdbcTemplate jdbc;

    public PropertySummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PropertyRegistered event, @SequenceNumber long version, @Timestamp Instant occurredAt) {
        BatchStatements.update(jdbc, """
                INSERT INTO property_summary (property_id, organisation_id, address_line, postcode, climate_region,
                    dwelling_type, version, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (property_id) DO NOTHING
                """,
                event.propertyId(), event.organisationId(), event.addressLine(), event.postcode(), event.climateRegion(),
                event.dwellingType().name(), version, java.sql.Timestamp.from(occurredAt));
    }

    /** The list shows the postcode the property has now, not the one it was registered with. */
    @EventHandler
    void on(PostcodeChanged event, @SequenceNumber long version) {
        setIfNewer("postcode", event.after(), event.propertyId(), version);
    }

    /** The list shows the climate region the property's worksheets use now. */
    @EventHandler
    void on(ClimateRegionChanged event, @SequenceNumber long version) {
        setIfNewer("climate_region", event.after(), event.propertyId(), version);
    }

    /** Sets one column of a property's row, unless the row already reflects this event or a later one. */
    private void setIfNewer(String column, Object value, String propertyId, long version) {
        BatchStatements.update(jdbc,
                "UPDATE property_summary SET " + column + " = ?, version = ? WHERE property_id = ? AND version < ?",
                value, version, propertyId, version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM property_summary");
    }

    @QueryHandler
    public Optional<PropertySummary> handle(FindPropertySummary query) {
        List<PropertySummary> rows = jdbc.query(
                "SELECT * FROM property_summary WHERE property_id = ?", ROW_MAPPER, query.propertyId());
        return rows.stream().findFirst();
    }

    @QueryHandler
    public PropertySummaryPage handle(ListPropertySummaries query) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM property_summary WHERE organisation_id = ?",
                Long.class, query.organisationId());
        List<PropertySummary> items = jdbc.query("""
                SELECT * FROM property_summary WHERE organisation_id = ?
                ORDER BY registered_at DESC, property_id LIMIT ? OFFSET ?""",
                ROW_MAPPER, query.organisationId(), query.size(), (long) query.page() * query.size());
        return new PropertySummaryPage(items, query.page(), query.size(), total == null ? 0 : total);
    }

    private static PropertySummary mapRow(ResultSet row, int rowNumber) throws SQLException {
        return new PropertySummary(
                row.getString("property_id"),
                row.getString("address_line"),
                row.getString("postcode"),
                row.getInt("climate_region"),
                DwellingType.valueOf(row.getString("dwelling_type")),
                row.getLong("version"),
                row.getTimestamp("registered_at").toInstant());
    }
}
