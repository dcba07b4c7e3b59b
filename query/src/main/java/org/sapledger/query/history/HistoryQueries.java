package org.sapledger.query.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.history.FindHistory;
import org.sapledger.domain.history.FindLineTrail;
import org.sapledger.domain.history.FindWorksheetAsOf;
import org.sapledger.domain.history.HistoryEntry;
import org.sapledger.domain.history.HistoryPage;
import org.sapledger.domain.history.LineTrail;
import org.sapledger.domain.history.VersionNotReachedException;
import org.sapledger.domain.plan.FindScenarioOwner;
import org.sapledger.domain.worksheet.MeasureState;
import org.sapledger.domain.worksheet.WorksheetView;
import org.sapledger.query.directory.PlanDirectoryProjection;
import org.sapledger.query.worksheet.WorksheetCalculator;
import org.sapledger.query.worksheet.WorksheetLines;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What auditors ask: a property's events with who, when and why; a worksheet as it was at any past version or
 * instant, replayed from the event store (upcast as stored events are) through the same calc; and the trail of
 * one line across every event.
 */
@Component
public class HistoryQueries {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final EventStore eventStore;
    private final PlanDirectoryProjection directory;
    private final TimelineCheckpoints checkpoints;

    HistoryQueries(JdbcTemplate jdbc, ObjectMapper json, EventStore eventStore, PlanDirectoryProjection directory,
                   TimelineCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.json = json;
        this.eventStore = eventStore;
        this.directory = directory;
        this.checkpoints = checkpoints;
    }

    @QueryHandler
    public Optional<HistoryPage> handle(FindHistory query) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, query.propertyId());
        if (total == null || total == 0) {
            return Optional.empty();
        }
        List<HistoryEntry> items = jdbc.query("""
                        SELECT sequence_number, time_stamp, payload_type, payload, meta_data FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number LIMIT ? OFFSET ?""",
                this::entry, query.propertyId(), query.size(), (long) query.page() * query.size());
        return Optional.of(new HistoryPage(query.propertyId(), items, query.page(), query.size(), total));
    }

    @QueryHandler
    public Optional<WorksheetView> handle(FindWorksheetAsOf query) {
        CalculationBasis basis = CalculationBasis.valueOf(query.basis().toUpperCase(Locale.ROOT));
        Optional<String> owner = owner(query.subjectId());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Replayed replayed = replay(owner.get(), query.atVersion(), query.asOf());
        if (replayed == null) {
            return Optional.empty();
        }
        PropertyTimeline timeline = replayed.timeline();
        boolean scenario = !query.subjectId().equals(owner.get());
        if (scenario && !timeline.hasScenario(query.subjectId())) {
            return Optional.empty();
        }
        Dwelling inputs = timeline.baseline();
        List<MeasureState> measures = List.of();
        String planId = null;
        String name = null;
        if (scenario) {
            WorksheetCalculator.ScenarioInputs scenarioInputs = timeline.scenarioInputs(query.subjectId());
            inputs = scenarioInputs.dwelling();
            measures = scenarioInputs.measures();
            planId = timeline.scenario(query.subjectId()).planId();
            name = timeline.scenario(query.subjectId()).name();
        }
        WorksheetCalculator.Result result = WorksheetCalculator.fresh(inputs, basis);
        return Optional.of(new WorksheetView(query.subjectId(), owner.get(), planId, name, replayed.version(),
                basis.name(), result.lines() == null ? Map.of() : WorksheetLines.toJson(result.lines()),
                result.problems().stream().map(Object::toString).toList(), measures,
                result.evaluatedLines()));
    }

    @QueryHandler
    public Optional<LineTrail> handle(FindLineTrail query) {
        CalculationBasis basis = CalculationBasis.valueOf(query.basis().toUpperCase(Locale.ROOT));
        PropertyTimeline timeline = new PropertyTimeline();
        List<LineTrail.Point> points = new ArrayList<>();
        Worksheet worksheet = null;
        Object previous = null;
        DomainEventStream events = eventStore.readEvents(query.propertyId(), 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            Dwelling before = timeline.baseline();
            timeline.apply(event.getPayload());
            if (before == null || !before.equals(timeline.baseline())) {
                worksheet = before == null ? WorksheetCalculator.fresh(timeline.baseline(), basis).worksheet()
                        : WorksheetCalculator.change(worksheet, before, basis, timeline.baseline()).worksheet();
            }
            Object value = worksheet == null ? null
                    : worksheet.value(query.line()).map(WorksheetLines::toJson).orElse(null);
            Map<String, ?> metaData = event.getMetaData();
            points.add(new LineTrail.Point(event.getSequenceNumber(), event.getTimestamp(),
                    event.getPayloadType().getSimpleName(), (String) metaData.get("actor"),
                    (String) metaData.get("reason"), value, points.isEmpty() ? value != null
                    : !Objects.equals(previous, value)));
            previous = value;
        }
        return points.isEmpty() ? Optional.empty()
                : Optional.of(new LineTrail(query.propertyId(), query.line(), basis.name(), points));
    }

    /** The property's events folded up to a version or instant; null when the property did not exist then. */
    private Replayed replay(String propertyId, Long atVersion, Instant asOf) {
        Optional<TimelineCheckpoints.Checkpoint> checkpoint = checkpoints.nearest(propertyId, atVersion, asOf);
        PropertyTimeline timeline = checkpoint.map(c -> new PropertyTimeline(c.state()))
                .orElseGet(PropertyTimeline::new);
        long version = checkpoint.map(TimelineCheckpoints.Checkpoint::version).orElse(-1L);
        DomainEventStream events = eventStore.readEvents(propertyId, version + 1);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.peek();
            if (atVersion != null && event.getSequenceNumber() > atVersion
                    || asOf != null && event.getTimestamp().isAfter(asOf)) {
                break;
            }
            timeline.apply(events.next().getPayload());
            version = event.getSequenceNumber();
            if (checkpoints.isDue(version)) {
                checkpoints.save(propertyId, version, event.getTimestamp(), timeline.state());
            }
        }
        if (atVersion != null && version < atVersion) {
            throw new VersionNotReachedException(atVersion, version);
        }
        return timeline.started() ? new Replayed(timeline, version) : null;
    }

    private record Replayed(PropertyTimeline timeline, long version) {
    }

    /** The property a subject belongs to: itself if it has events, else the owner of a scenario of that id. */
    private Optional<String> owner(String subjectId) {
        Long events = jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0",
                Long.class, subjectId);
        return events != null && events > 0 ? Optional.of(subjectId)
                : directory.handle(new FindScenarioOwner(subjectId));
    }

    private HistoryEntry entry(ResultSet row, int n) throws SQLException {
        try {
            String type = row.getString("payload_type");
            Map<String, Object> metaData = json.readValue(row.getString("meta_data"), JSON_OBJECT);
            return new HistoryEntry(row.getLong("sequence_number"), Instant.parse(row.getString("time_stamp")),
                    type.substring(type.lastIndexOf('.') + 1), json.readValue(row.getString("payload"), JSON_OBJECT),
                    (String) metaData.get("actor"), (String) metaData.get("correlationId"),
                    (String) metaData.get("reason"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable event " + row.getLong("sequence_number"), e);
        }
    }
}
