package org.sapledger.app.config;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.sapledger.app.idempotency.IdempotencyRecordingInterceptor;
import org.sapledger.app.idempotency.IdempotencyStore;
import org.sapledger.app.messaging.PromptCoordinatorExecutor;
import org.sapledger.app.messaging.PromptEventSource;
import org.sapledger.app.metrics.HandlingTimers;
import org.sapledger.app.messaging.RequestMetadataCorrelationProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How commands travel: request metadata onto every event, idempotency records in each command's transaction. */
@Configuration(proxyBeanMethods = false)
public class AxonMessagingConfiguration {

    /** Replaces Axon's default MessageOriginProvider (it backs off when a provider bean exists). */
    @Bean
    public CorrelationDataProvider requestMetadataCorrelationProvider() {
        return new RequestMetadataCorrelationProvider();
    }

    /**
     * The source of the pooled streaming processors (see {@code axon.eventhandling.processors.*.source}): the event
     * store, waking the processors every {@code sapledger.projections.poll-interval} instead of every 500 ms.
     */
    @Bean(destroyMethod = "close")
    public PromptEventSource promptEventSource(EventStore eventStore,
            @Value("${sapledger.projections.poll-interval:10ms}") Duration pollInterval) {
        return new PromptEventSource(eventStore, pollInterval);
    }

    /**
     * Every pooled processor's coordinator runs on a {@link PromptCoordinatorExecutor}: when a work package's buffer
     * is full it looks for room again every {@code sapledger.projections.coordinator-space-poll} instead of Axon's
     * 100 ms, so workers with a backlog are not left waiting for events.
     */
    @Bean
    public ConfigurerModule promptCoordinators(
            @Value("${sapledger.projections.coordinator-space-poll:5ms}") Duration spacePoll) {
        return configurer -> configurer.eventProcessing().registerPooledStreamingEventProcessorConfiguration(
                (config, builder) -> builder.coordinatorExecutor(processorName -> {
                    PromptCoordinatorExecutor executor = new PromptCoordinatorExecutor(processorName, spacePoll);
                    config.onShutdown(executor::shutdown);
                    return executor;
                }));
    }

    /**
     * Handling-time metrics of the command bus and the event processors, and with
     * {@code sapledger.metrics.handler-cpu} the processors' CPU per event (see {@link HandlingTimers}).
     */
    @Bean
    public ConfigurerModule handlingTimers(MeterRegistry registry,
                                           @Value("${sapledger.metrics.handler-cpu:false}") boolean handlerCpu) {
        return HandlingTimers.module(registry, handlerCpu);
    }

    @Bean
    public InitializingBean idempotencyInterceptorRegistration(CommandBus commandBus, IdempotencyStore store,
                                                               ObjectMapper objectMapper) {
        return () -> commandBus.registerHandlerInterceptor(new IdempotencyRecordingInterceptor(store, objectMapper));
    }
}
