package org.sapledger.app.config;

import java.util.List;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.sapledger.app.messaging.AsynchronousCommitInterceptor;
import org.sapledger.command.CommandTargets;
import org.sapledger.query.directory.PlanDirectoryProjection;
import org.sapledger.query.property.PropertySummaryProjection;
import org.sapledger.query.worksheet.WorksheetProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Snapshots of long property histories, and the consistency of the plan directory with the event store. */
@Configuration(proxyBeanMethods = false)
public class AxonAggregateConfiguration {

    /**
     * A property aggregate is snapshotted every {@code sapledger.snapshot.threshold} events, so loading it reads
     * the latest snapshot and the events after it, not its whole history.
     */
    @Bean
    public SnapshotTriggerDefinition propertySnapshotTrigger(Snapshotter snapshotter,
            @Value("${sapledger.snapshot.threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Recently used property aggregates stay in memory, so a command loads neither snapshot nor events. A command
     * on an aggregate changed elsewhere (another node) fails its append on the event store's unique key and is
     * answered 409; the failed unit of work evicts the stale entry.
     */
    @Bean
    public BoundedLruCache propertyAggregateCache(@Value("${sapledger.aggregate-cache.size:2000}") int size) {
        return new BoundedLruCache(size);
    }

    /** Which property a command is for, read through accessors found once per command type. */
    @Bean
    public CommandTargets propertyCommandTargets() {
        return new CommandTargets();
    }

    /**
     * The projections' batches commit asynchronously (their rows and tokens together, so nothing is applied twice
     * or lost for good after a crash); the subscribing plan directory is left alone, it commits with the command.
     */
    @Bean
    public ConfigurerModule projectionsCommitAsynchronously(JdbcTemplate jdbc) {
        return configurer -> {
            for (String projection : List.of(PropertySummaryProjection.PROCESSING_GROUP,
                    WorksheetProjection.PROCESSING_GROUP)) {
                configurer.eventProcessing().registerHandlerInterceptor(projection,
                        c -> new AsynchronousCommitInterceptor(jdbc));
            }
        };
    }

    /**
     * The plan directory runs in the command's transaction; a failure there must fail the command rather than be
     * logged and skipped, or a created plan could be unroutable.
     */
    @Bean
    public ConfigurerModule planDirectoryFailsTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                PlanDirectoryProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }
}
