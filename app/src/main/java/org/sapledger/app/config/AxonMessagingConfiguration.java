package org.sapledger.app.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.sapledger.app.idempotency.IdempotencyRecordingInterceptor;
import org.sapledger.app.idempotency.IdempotencyStore;
import org.sapledger.app.messaging.RequestMetadataCorrelationProvider;
import org.springframework.beans.factory.InitializingBean;
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

    @Bean
    public InitializingBean idempotencyInterceptorRegistration(CommandBus commandBus, IdempotencyStore store,
                                                               ObjectMapper objectMapper) {
        return () -> commandBus.registerHandlerInterceptor(new IdempotencyRecordingInterceptor(store, objectMapper));
    }
}
