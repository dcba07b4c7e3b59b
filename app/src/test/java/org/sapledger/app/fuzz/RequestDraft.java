package org.sapledger.app.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request being generated: it starts as a valid request for its operation (real ids, a body the service accepts)
 * and each {@link Mutation} then breaks one thing in it. Mutable on purpose; {@link #toRequest()} freezes it.
 */
final class RequestDraft {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    final ApiOperation operation;
    final BodyTemplate template;
    String method;
    String path;
    /** Path variable values, already percent-encoded as they go on the request line. */
    final Map<String, String> pathValues = new LinkedHashMap<>();
    /** Query parameter values, not yet encoded. */
    final Map<String, String> queryValues = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    /** The JSON body while it is still a tree; null for none or once it was turned into bytes. */
    ObjectNode json;
    /** The XML body while it is still text; null for none or once it was turned into bytes. */
    String xml;
    /** The body once a mutation works on its bytes; overrides {@link #json} and {@link #xml}. */
    byte[] bodyBytes;
    /** Null: no Content-Type header. */
    String contentType;
    /** A defect only a hand-written request line or header block can carry; null for none. */
    ProtocolDefect protocolDefect;
    /** Whether the request holds something java.net.http refuses to send, so it goes over a plain socket. */
    boolean needsRawSocket;
    final List<String> mutations = new ArrayList<>();
    /**
     * What the mutations broke, as a refusal's {@code errors} should name it: a member, a query parameter, a
     * header, or {@code body}. Empty for what has no name (a route, a method, malformed HTTP, an XML document).
     */
    final List<String> named = new ArrayList<>();

    RequestDraft(ApiOperation operation, BodyTemplate template) {
        this.operation = operation;
        this.template = template;
        this.method = operation.method();
        this.path = operation.path();
    }

    /** What a hand-written HTTP request breaks. */
    enum ProtocolDefect {
        MISSING_HOST, HEADER_LINE_WITHOUT_COLON, SPACE_IN_HEADER_NAME, NON_NUMERIC_CONTENT_LENGTH,
        CONFLICTING_CONTENT_LENGTHS, CONTROL_CHARACTER_IN_HEADER
    }

    /** The body as it will be sent, or null when the request has none. */
    byte[] body() {
        if (bodyBytes != null) {
            return bodyBytes;
        }
        if (json != null) {
            try {
                return JSON.writeValueAsBytes(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return xml == null ? null : xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Turns the body into bytes for a mutation that works on bytes; empty when there was no body. */
    byte[] takeBodyBytes() {
        byte[] bytes = body();
        bodyBytes = bytes == null ? new byte[0] : bytes;
        json = null;
        xml = null;
        return bodyBytes;
    }

    /** The path and query as they go on the request line. */
    String target() {
        Matcher variables = PATH_VARIABLE.matcher(path);
        StringBuilder target = new StringBuilder();
        while (variables.find()) {
            String value = pathValues.getOrDefault(variables.group(1), "unset-" + variables.group(1));
            variables.appendReplacement(target, Matcher.quoteReplacement(value));
        }
        variables.appendTail(target);
        if (!queryValues.isEmpty()) {
            target.append('?').append(queryValues.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&")));
        }
        return target.toString();
    }

    /**
     * The request to send.
     *
     * @param applied the mutations applied to the draft (none for a valid request)
     */
    FuzzRequest toRequest(List<Mutation> applied) {
        boolean oneThingBroken = applied.size() == 1 || applied.stream().allMatch(Mutation::breaksOneMember);
        return new FuzzRequest(operation.key(), applied.stream().map(Enum::name).toList(), List.copyOf(mutations),
                method, target(), Map.copyOf(headers), contentType, body(), protocolDefect,
                needsRawSocket || protocolDefect != null, oneThingBroken ? List.copyOf(named) : List.of());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
