package org.sapledger.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sapledger.domain.WireNames;
import org.springframework.stereotype.Component;

/**
 * Reads a JSON request body into a domain value, taking an optional {@code reason} member out first, so that a
 * body can be the value itself plus the caller's reason (e.g. {@code {"type": "WALL", ..., "reason": "..."}}).
 */
@Component
public class JsonBodies {

    /** The member of a body that carries the caller's reason for a change. */
    public static final String REASON = "reason";
    /** Longest reason accepted, in characters, wherever it is given (body member or query parameter). */
    public static final int MAX_REASON_LENGTH = 500;

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /**
     * A body read as a value and a reason.
     *
     * @param value  the value
     * @param reason the {@code reason} member, or null
     */
    public record Read<T>(T value, String reason) {
    }

    public <T> Read<T> read(JsonNode body, Class<T> type) {
        if (!(body instanceof ObjectNode object)) {
            throw new InvalidBodyException(ApiExceptionHandler.BODY, "must be a JSON object");
        }
        ObjectNode copy = object.deepCopy();
        JsonNode reason = copy.remove(REASON);
        if (reason != null && !reason.isNull() && !reason.isTextual()) {
            throw new InvalidBodyException(REASON, "must be text");
        }
        try {
            return new Read<>(json.treeToValue(copy, type), reason == null || reason.isNull() ? null : reason.asText());
        } catch (InputCoercionException e) {
            String field = fieldAt(e.getProcessor());
            throw new InvalidBodyException(field == null ? ApiExceptionHandler.BODY : field,
                    "is out of range: " + e.getOriginalMessage());
        } catch (InvalidTypeIdException e) {
            throw new InvalidBodyException(pathOf(e, "type"), "must name one of: " + variantNames(e.getBaseType()
                    .getRawClass()));
        } catch (JsonMappingException e) {
            throw new InvalidBodyException(pathOf(e, ApiExceptionHandler.BODY), "has the wrong type or format");
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidBodyException(ApiExceptionHandler.BODY, "cannot be read");
        }
    }

    /**
     * The dotted path of the member a parser stopped at (e.g. {@code storeys.0.floorArea}), or null when it was not
     * in a member. A number too large for its type fails in the parser, before any mapping, so only the parser
     * knows where it was.
     */
    static String fieldAt(Object processor) {
        if (!(processor instanceof JsonParser parser) || parser.getParsingContext() == null) {
            return null;
        }
        String pointer = parser.getParsingContext().pathAsPointer().toString();
        return pointer.isEmpty() ? null : pointer.substring(1).replace('/', '.');
    }

    /** The dotted path of the member the error is about, or {@code otherwise} when it is about the body. */
    private static String pathOf(JsonMappingException e, String otherwise) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
        return path.isEmpty() ? otherwise : path + (otherwise.equals("type") ? ".type" : "");
    }

    /** The {@code type} names a sealed domain type accepts, e.g. WALL, ROOF, ... */
    static String variantNames(Class<?> sealed) {
        List<String> names = new ArrayList<>();
        collectVariants(sealed, names);
        return String.join(", ", names);
    }

    private static void collectVariants(Class<?> type, List<String> names) {
        if (type.isSealed()) {
            for (Class<?> variant : type.getPermittedSubclasses()) {
                collectVariants(variant, names);
            }
        } else if (!type.isInterface()) {
            names.add(WireNames.typeName(type));
        }
    }
}
