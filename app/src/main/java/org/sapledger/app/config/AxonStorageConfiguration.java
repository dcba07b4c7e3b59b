package org.sapledger.app.config;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.sapledger.app.cluster.ClusterNode;
import org.sapledger.app.messaging.SharedTailCatchUp;
import org.sapledger.app.messaging.SharedTailPosition;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's event store and token store on PostgreSQL through JDBC. The tables are created by Flyway
 * ({@code V1__axon_event_store.sql}), never by Axon; their snake_case names are declared here. Events, snapshots
 * and tokens are serialized by Jackson (see {@code axon.serializer.*}) and stored as JSON text.
 */
@Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    /**
     * The most events one query of the event table reads (Axon's default is 100). A processor replaying the store
     * (a rebuild, a processor that fell behind) reads it in queries of this many events.
     */
    static final int EVENT_QUERY_BATCH = 1_000;
    /** The most events the event store's shared tail reads in one pass. */
    static final int TAIL_READ_AHEAD = 1_000;
    /** How often the shared tail looks for events it was not told about (appended elsewhere, or a backlog). */
    static final long TAIL_FETCH_DELAY_MILLIS = 100;
    /** How often processors that fell behind the shared tail are moved to their own stream. */
    static final long CLEANUP_DELAY_MILLIS = 50;

    /**
     * Axon's serializer for everything it stores and sends (the {@code axon.serializer.*} settings name Jackson for
     * all three): its Jackson serializer on the {@code defaultAxonObjectMapper}, as Axon's auto-configuration would
     * build it, but remembering each serialized type's class and reader ({@link CachingJacksonSerializer}). The event
     * and message serializers Axon configures are this one.
     */
    @Bean
    @Primary
    public Serializer serializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper,
                                 RevisionResolver revisionResolver) {
        return new CachingJacksonSerializer(JacksonSerializer.builder()
                .revisionResolver(revisionResolver)
                .converter(new ChainingConverter(AxonStorageConfiguration.class.getClassLoader()))
                .objectMapper(objectMapper));
    }

    @Bean
    public EventSchema eventSchema() {
        return eventSchema("domain_event_entry", "snapshot_event_entry");
    }

    /** The event store's column names, on the given tables (a test reads a copy of the event table). */
    static EventSchema eventSchema(String eventTable, String snapshotTable) {
        return EventSchema.builder()
                .eventTable(eventTable)
                .snapshotTable(snapshotTable)
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * Axon's JDBC storage engine on the tables above ({@link EventTableStorageEngine}: each event's stored time is
     * read once, as its row is).
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema) {
        return EventTableStorageEngine.build(JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(String.class)
                .batchSize(EVENT_QUERY_BATCH));
    }

    /** Tells a duplicate key (a concurrent append) from other failures; Axon's own backs off beside our store. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    /**
     * The event store. Its in-memory tail serves processors that keep up, one read and one deserialisation of each
     * event for all of them; one that falls behind (a projection replaying while another is at the head) is moved
     * to its own stream by a clean-up every {@code cleanupDelay}, and until then the events between its position and
     * the head stay reachable. The producer of the tail reads in passes of at most {@link #TAIL_READ_AHEAD} events
     * ({@link BoundedReadAheadStorageEngine}), and the clean-up runs every {@link #CLEANUP_DELAY_MILLIS} ms: together
     * they keep the tail to thousands of events whatever the backlog (the 1,000,000-event rebuild ran out of a
     * 512 MB heap without them). Events appended by this service wake the tail at once; others (another node, a
     * bulk load) are looked for every {@link #TAIL_FETCH_DELAY_MILLIS} ms. Axon's default, a second, left the tail
     * stale after a backlog, and a processor that had caught up on its own stream could not find its position in it:
     * Axon then counts it as behind and sends it back to its own stream on every poll, a query each time (≈ 7–13% of
     * a core per processor at idle, until the tail caught up).
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         SharedTailPosition sharedTailPosition) {
        return EmbeddedEventStore.builder()
                .storageEngine(new BoundedReadAheadStorageEngine(storageEngine, TAIL_READ_AHEAD, sharedTailPosition))
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .cachedEvents(2_000)
                .fetchDelay(TAIL_FETCH_DELAY_MILLIS)
                .cleanupDelay(CLEANUP_DELAY_MILLIS)
                .build();
    }

    /** How far the event store's shared tail has read (a rebuild brings it forward). */
    @Bean
    public SharedTailPosition sharedTailPosition() {
        return new SharedTailPosition();
    }

    /** Brings the shared tail forward after every processor was stopped (a rebuild). */
    @Bean
    public SharedTailCatchUp sharedTailCatchUp(@Qualifier("eventStore") EventStore eventStore,
                                               SharedTailPosition sharedTailPosition) {
        return new SharedTailCatchUp(eventStore, sharedTailPosition, Duration.ofSeconds(10));
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 TokenSchema tokenSchema, TokenStoreProperties tokenStoreProperties,
                                 ClusterNode node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .nodeId(node.id())
                .schema(tokenSchema)
                .serializer(serializer)
                .contentType(String.class)
                .claimTimeout(tokenStoreProperties.getClaimTimeout())
                .build();
    }
}
