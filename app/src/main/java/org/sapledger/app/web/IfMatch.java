package org.sapledger.app.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Optimistic concurrency: {@code If-Match: "<version>"} names the property version a change was based on; when
 * the property has moved on, the change is refused with 409 and nothing is stored.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private IfMatch() {
    }

    /** The expected version, or null when the request has no {@code If-Match} (or {@code If-Match: *}). */
    public static Long expectedVersion(HttpServletRequest request) {
        String value = request.getHeader(HEADER);
        if (value == null || value.isBlank() || value.strip().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(value.strip());
        if (!matcher.matches()) {
            throw new InvalidHeaderException(HEADER, "must be a version in quotes, e.g. \"3\"");
        }
        return Long.parseLong(matcher.group(1));
    }
}
