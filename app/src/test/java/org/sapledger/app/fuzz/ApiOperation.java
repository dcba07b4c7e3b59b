package org.sapledger.app.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the service's own OpenAPI document. The fuzzer takes its list of operations from there, so an
 * endpoint added later is fuzzed (and must be reached) without anyone remembering to list it here.
 *
 * @param method            HTTP method, upper case
 * @param path              path template, e.g. {@code /api/properties/{propertyId}/storeys}
 * @param parameters        path and query parameters
 * @param requestMediaTypes media types of the request body, empty when it takes none
 */
record ApiOperation(String method, String path, List<Parameter> parameters, List<String> requestMediaTypes) {

    /** Methods an operation can have; any other on the same path is a 405. */
    static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    /**
     * A path or query parameter.
     *
     * @param schema its OpenAPI schema ({@code type}, {@code minimum}, {@code maximum}, {@code enum}, ...)
     */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** Every operation under {@code /api/} in an OpenAPI 3 document, in a stable order. */
    static List<ApiOperation> fromOpenApi(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                if (!METHODS.contains(method)) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                            parameter.path("required").asBoolean(false), parameter.path("schema")));
                }
                List<String> mediaTypes = new ArrayList<>();
                operation.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(mediaTypes::add);
                operations.add(new ApiOperation(method, path.getKey(), List.copyOf(parameters),
                        List.copyOf(mediaTypes)));
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(ApiOperation::method));
        return List.copyOf(operations);
    }

    /** How summaries and failures name the operation, e.g. {@code PUT /api/properties/{propertyId}/storeys}. */
    String key() {
        return method + " " + path;
    }

    List<Parameter> pathParameters() {
        return parameters.stream().filter(p -> p.in().equals("path")).toList();
    }

    List<Parameter> queryParameters() {
        return parameters.stream().filter(p -> p.in().equals("query")).toList();
    }

    boolean takesBody() {
        return !requestMediaTypes.isEmpty();
    }

    boolean takesJson() {
        return requestMediaTypes.stream().anyMatch(type -> type.endsWith("json"));
    }

    boolean takesXml() {
        return requestMediaTypes.stream().anyMatch(type -> type.endsWith("xml"));
    }

    /** A command: changes state through the command bus, so it reads Idempotency-Key and X-Reason. */
    boolean isCommand() {
        return !method.equals("GET") && !path.startsWith("/api/admin/");
    }

    /** A command on an existing property, plan or scenario, so it honours {@code If-Match}. */
    boolean isConditional() {
        return isCommand() && !pathParameters().isEmpty();
    }
}
