package org.sapledger.app.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.sapledger.app.messaging.RequestMetadata;
import org.springframework.stereotype.Component;

/** Reads who, which request, when and why from an HTTP request, for the metadata of the command it carries. */
@Component
public class RequestMetadataResolver {

    private final Clock clock;

    public RequestMetadataResolver(Clock clock) {
        this.clock = clock;
    }

    public RequestMetadata resolve(HttpServletRequest request) {
        String actor = optionalHeader(request, RequestHeaders.ACTOR);
        String reason = optionalHeader(request, RequestHeaders.REASON);
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        return new RequestMetadata(
                actor == null ? RequestHeaders.ANONYMOUS_ACTOR : actor,
                correlationId == null ? UUID.randomUUID().toString() : correlationId.toString(),
                clock.instant(),
                reason);
    }

    /** The header's trimmed value, null when absent or blank; a 400 when it is too long. */
    static String optionalHeader(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > RequestHeaders.MAX_LENGTH) {
            throw new InvalidHeaderException(name, "must be at most " + RequestHeaders.MAX_LENGTH + " characters");
        }
        return value.strip();
    }
}
