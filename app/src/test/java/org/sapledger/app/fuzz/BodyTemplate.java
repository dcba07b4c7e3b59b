package org.sapledger.app.fuzz;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A body the service accepts for an operation, in the fixtures' state, and the members the fuzzer may break. The
 * test sends every template once, unbroken, while it builds the fixtures and requires a 2xx: that is what makes a
 * refusal of a mutated copy the mutation's doing and not the template's.
 *
 * @param name       e.g. {@code WINDOW}, shown in failure messages
 * @param mediaType  {@code application/json} or {@code application/xml}
 * @param body       the body for a fresh token (new element ids and plan names differ per request)
 * @param fields     the JSON members a mutation may break
 * @param pathValues path variables the body belongs with (e.g. the element it changes)
 * @param query      query parameters the body belongs with (e.g. the import's address line)
 */
record BodyTemplate(String name, String mediaType, UnaryOperator<String> body, List<FieldSpec> fields,
                    Map<String, String> pathValues, Map<String, String> query) {

    static final String JSON = "application/json";
    static final String XML = "application/xml";

    static BodyTemplate json(String name, UnaryOperator<String> body, List<FieldSpec> fields) {
        return new BodyTemplate(name, JSON, body, List.copyOf(fields), Map.of(), Map.of());
    }

    BodyTemplate withPathValue(String variable, String value) {
        return new BodyTemplate(name, mediaType, body, fields, Map.of(variable, value), query);
    }

    boolean isJson() {
        return mediaType.equals(JSON);
    }
}
