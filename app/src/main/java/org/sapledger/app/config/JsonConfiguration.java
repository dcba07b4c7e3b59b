package org.sapledger.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sapledger.app.json.SealedTypesModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two JSON mappers: the HTTP API's (Spring Boot's, strict about request bodies, see {@code spring.jackson.*}) and
 * the event store's (Axon picks the bean named {@code defaultAxonObjectMapper}), which reads stored events
 * leniently so that older events keep loading. Both know the domain's sealed types.
 */
@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    @Bean
    public SealedTypesModule sealedTypesModule() {
        return new SealedTypesModule();
    }

    /** The HTTP API's mapper: Spring Boot's builder (with every Module bean and spring.jackson.* settings). */
    @Bean
    @Primary
    public ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    /** The mapper of Axon's Jackson serializer: events, snapshots, tokens and messages. */
    @Bean("defaultAxonObjectMapper")
    public ObjectMapper defaultAxonObjectMapper(SealedTypesModule sealedTypes) {
        return JsonMapper.builder()
                .findAndAddModules()
                .addModule(sealedTypes)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
