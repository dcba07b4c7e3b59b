package org.sapledger.app.config;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.fasterxml.jackson.databind.ObjectReader;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer, remembering what it looked up for every stored message: the class a serialized type
 * names, and the reader for that class.
 *
 * <p>Axon resolves the payload class of every event it reads by name ({@code Class.forName} through Jackson's
 * {@code TypeFactory}) and builds a new {@code ObjectReader} for every payload it deserialises. A rebuild profile put
 * the look-up at 12% of the event processors' coordinator threads (which resolve each event's payload type to route
 * it) and 4% of the worksheets workers, the readers at 3%. Both are the same for every message of a type: a class
 * found is kept (a name Axon cannot resolve is not: Axon keeps those itself, as {@link UnknownSerializedType}), and a
 * reader is immutable and thread-safe. The stored forms, and what is read from them, are Axon's own.
 */
public final class CachingJacksonSerializer extends JacksonSerializer {

    private final ConcurrentMap<String, Class<?>> classes = new ConcurrentHashMap<>();
    private final ConcurrentMap<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    CachingJacksonSerializer(JacksonSerializer.Builder builder) {
        super(builder);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        if (SerializedType.emptyType().equals(type)) {
            return super.classForType(type);
        }
        Class<?> known = classes.get(type.getName());
        if (known != null) {
            return known;
        }
        Class<?> resolved = super.classForType(type);
        if (resolved != UnknownSerializedType.class) {
            classes.put(type.getName(), resolved);
        }
        return resolved;
    }

    @Override
    protected ObjectReader getReader(Class<?> type) {
        return readers.computeIfAbsent(type, super::getReader);
    }
}
