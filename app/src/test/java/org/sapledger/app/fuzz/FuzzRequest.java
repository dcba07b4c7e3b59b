package org.sapledger.app.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One generated request, ready to send.
 *
 * @param operation   the key of the OpenAPI operation it was generated for
 * @param kinds       the names of the mutations applied
 * @param mutations   what was broken, e.g. {@code member out of range: /uValue = 12.5}
 * @param method      HTTP method
 * @param target      path and query, as on the request line
 * @param headers     headers besides Content-Type (and the Authorization the test adds)
 * @param contentType Content-Type, or null for none
 * @param body        body bytes, or null for none
 * @param defect      a protocol defect the raw request carries, or null
 * @param raw         whether it must be written by hand on a socket (the JDK client refuses to send it)
 * @param namedFields what a refusal's {@code errors} must name (one of): the broken member, parameter or header,
 *                    or {@code body}; empty when several things were broken or what was has no name
 */
record FuzzRequest(String operation, List<String> kinds, List<String> mutations, String method, String target,
                   Map<String, String> headers, String contentType, byte[] body, RequestDraft.ProtocolDefect defect,
                   boolean raw, List<String> namedFields) {

    private static final int SHOWN = 300;

    /** The request as a failure message shows it: enough to reproduce it by hand. */
    String describe() {
        StringBuilder text = new StringBuilder();
        text.append(method).append(' ').append(shorten(target)).append("   [").append(operation).append("]\n");
        text.append("  mutations: ").append(mutations).append('\n');
        headers.forEach((name, value) -> text.append("  ").append(name).append(": ").append(shorten(value))
                .append('\n'));
        if (contentType != null) {
            text.append("  Content-Type: ").append(contentType).append('\n');
        }
        if (defect != null) {
            text.append("  protocol defect: ").append(defect).append('\n');
        }
        if (body != null) {
            text.append("  body (").append(body.length).append(" bytes): ")
                    .append(shorten(new String(body, StandardCharsets.UTF_8))).append('\n');
        }
        return text.toString();
    }

    static String shorten(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...(" + text.length() + " chars)";
    }
}
