package org.sapledger.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.app.SapledgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service's storage engine reads the event table exactly as Axon's own JDBC engine does (the same events, times
 * and tracking tokens, gaps included), while parsing each event's time once. Both read a table of their own, shaped
 * like the event table, with gaps that are recent (kept in the token) and old (given up), and times in Axon's form
 * and in another ISO form.
 */
@SapledgerIntegrationTest
class EventTableStorageEngineTest {

    private static final String TABLE = "engine_check_event";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConnectionProvider connections;
    @Autowired
    TransactionManager transactions;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    @BeforeEach
    void createTable() {
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
        jdbc.execute("CREATE TABLE " + TABLE + " (LIKE domain_event_entry INCLUDING ALL)");
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
    }

    @Test
    void readsTheSameEventsTimesAndTokensAsAxonsEngine() {
        Instant now = Instant.now();
        String old = DateTimeUtils.formatInstant(now.minusSeconds(300));
        String recent = DateTimeUtils.formatInstant(now.minusSeconds(5));
        insert(1, old);
        insert(3, recent);          // the gap at 2 is recent: the token keeps it
        insert(4, OffsetDateTime.ofInstant(now.minusSeconds(4), ZoneOffset.ofHours(1)).toString()); // not Axon's form
        insert(10, recent);         // gaps 5 to 9, kept
        insert(12, old);            // the gap at 11 is behind an old event: given up
        insert(13, recent);

        List<TrackedEventMessage<?>> axons = readAll(onTheTable().build());
        List<TrackedEventMessage<?>> ours = readAll(EventTableStorageEngine.build(onTheTable()));

        assertThat(ours).hasSize(6);
        for (int i = 0; i < axons.size(); i++) {
            TrackedEventMessage<?> expected = axons.get(i);
            TrackedEventMessage<?> actual = ours.get(i);
            assertThat(actual.trackingToken()).isEqualTo(expected.trackingToken());
            assertThat(actual.getIdentifier()).isEqualTo(expected.getIdentifier());
            assertThat(actual.getTimestamp()).isEqualTo(expected.getTimestamp());
            assertThat(actual.getPayload()).isEqualTo(expected.getPayload());
            assertThat(actual.getMetaData()).isEqualTo(expected.getMetaData());
            assertThat(((DomainEventMessage<?>) actual).getAggregateIdentifier())
                    .isEqualTo(((DomainEventMessage<?>) expected).getAggregateIdentifier());
            assertThat(((DomainEventMessage<?>) actual).getSequenceNumber())
                    .isEqualTo(((DomainEventMessage<?>) expected).getSequenceNumber());
        }
        assertThat(((GapAwareTrackingToken) ours.get(3).trackingToken()).getGaps())
                .as("the recent gaps before position 10").containsExactly(2L, 5L, 6L, 7L, 8L, 9L);
        assertThat(((GapAwareTrackingToken) ours.get(4).trackingToken()).getGaps())
                .as("after an old event the gaps behind it are given up").isEmpty();
        assertThat(ours.get(2).getTimestamp()).isEqualTo(now.minusSeconds(4));
    }

    /** An engine on the test's table, configured as the service configures its own. */
    private JdbcEventStorageEngine.Builder onTheTable() {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(AxonStorageConfiguration.eventSchema(TABLE, "snapshot_event_entry"))
                .dataType(String.class);
    }

    private static List<TrackedEventMessage<?>> readAll(EventStorageEngine engine) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            return events.<TrackedEventMessage<?>>map(event -> event).toList();
        }
    }

    private void insert(long globalIndex, String time) {
        jdbc.update("INSERT INTO " + TABLE + " (global_index, event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
                        + "VALUES (?, ?, 'engine-check', ?, 'Check', ?, 'java.lang.String', NULL, ?, ?)",
                globalIndex, "event-" + globalIndex, globalIndex, time, "\"payload " + globalIndex + "\"",
                "{\"note\":\"at " + globalIndex + "\"}");
    }
}
