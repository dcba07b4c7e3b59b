package org.sapledger.query.baseline;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.property.BaselineEvent;
import org.sapledger.domain.property.BaselineEvolution;
import org.sapledger.domain.property.FindBaseline;
import org.sapledger.domain.property.PropertyBaseline;
import org.sapledger.domain.property.PropertyRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each property's current baseline dwelling in {@code property_baseline}, changed per event by the same
 * {@link BaselineEvolution} the aggregate uses. An event whose version the row already reflects is skipped, so a
 * replay applies nothing twice.
 */
@Component
@ProcessingGroup(PropertyBaselineProjection.PROCESSING_GROUP)
public class PropertyBaselineProjection {

    /** The event processor that runs this projection. */
    public static final String PROCESSING_GROUP = "property-baseline";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PropertyBaselineProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(PropertyRegistered event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO property_baseline (property_id, version, baseline) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (property_id) DO NOTHING""",
                event.propertyId(), version, write(BaselineEvolution.initial(event)));
    }

    @EventHandler
    void on(BaselineEvent event, @SequenceNumber long version) {
        change(event.propertyId(), version, before -> BaselineEvolution.apply(before, event));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM property_baseline");
    }

    @QueryHandler
    public Optional<PropertyBaseline> handle(FindBaseline query) {
        return find(query.propertyId());
    }

    private Optional<PropertyBaseline> find(String propertyId) {
        List<PropertyBaseline> rows = jdbc.query(
                "SELECT version, baseline::text FROM property_baseline WHERE property_id = ?",
                (row, n) -> new PropertyBaseline(propertyId, row.getLong(1), read(row.getString(2))), propertyId);
        return rows.stream().findFirst();
    }

    private void change(String propertyId, long version, UnaryOperator<Dwelling> change) {
        PropertyBaseline current = find(propertyId).orElseThrow(() -> new IllegalStateException(
                "baseline event for property " + propertyId + " before its registration"));
        if (current.version() >= version) {
            return;
        }
        jdbc.update("UPDATE property_baseline SET version = ?, baseline = ?::jsonb WHERE property_id = ?",
                version, write(change.apply(current.baseline())), propertyId);
    }

    private String write(Dwelling dwelling) {
        try {
            return json.writeValueAsString(dwelling);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write baseline as JSON", e);
        }
    }

    private Dwelling read(String text) {
        try {
            return json.readValue(text, Dwelling.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored baseline", e);
        }
    }
}
