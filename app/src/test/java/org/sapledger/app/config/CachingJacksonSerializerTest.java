package org.sapledger.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.sapledger.domain.property.PostcodeChanged;

/** The serializer that remembers classes and readers reads and writes exactly as Axon's own. */
class CachingJacksonSerializerTest {

    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final JacksonSerializer axons = builder().build();
    private final CachingJacksonSerializer caching = new CachingJacksonSerializer(builder());

    private JacksonSerializer.Builder builder() {
        return JacksonSerializer.builder().revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(getClass().getClassLoader())).objectMapper(mapper);
    }

    @Test
    void resolvesEveryKindOfTypeAsAxonDoesEveryTime() {
        SerializedType known = new SimpleSerializedType(PostcodeChanged.class.getName(), null);
        SerializedType unknown = new SimpleSerializedType("org.sapledger.domain.NoSuchEvent", null);
        SerializedType empty = SerializedType.emptyType();

        for (int read = 0; read < 3; read++) {
            assertThat(caching.classForType(known)).isEqualTo(axons.classForType(known)).isEqualTo(PostcodeChanged.class);
            assertThat(caching.classForType(unknown)).isEqualTo(axons.classForType(unknown))
                    .isEqualTo(UnknownSerializedType.class);
            assertThat(caching.classForType(empty)).isEqualTo(axons.classForType(empty)).isEqualTo(Void.class);
        }
    }

    @Test
    void deserialisesWhatAxonsSerializerWroteAgainAndAgain() {
        PostcodeChanged event = new PostcodeChanged("property-1", "SW1A 1AA", "N1 9GU");
        SerializedObject<String> stored = axons.serialize(event, String.class);

        for (int read = 0; read < 3; read++) {
            Object back = caching.deserialize(new SimpleSerializedObject<>(stored.getData(), String.class,
                    stored.getType()));
            assertThat(back).isEqualTo(event);
        }
        assertThat(caching.serialize(event, String.class).getData()).isEqualTo(stored.getData());
        assertThat(caching.serialize(Instant.EPOCH, String.class).getData())
                .isEqualTo(axons.serialize(Instant.EPOCH, String.class).getData());
    }
}
