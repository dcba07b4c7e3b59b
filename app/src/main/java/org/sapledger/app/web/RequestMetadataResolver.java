package org.sapledger.app.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.sapledger.app.messaging.RequestMetadata;
import org.sapledger.app.security.Caller;
import org.sapledger.app.security.CallerResolver;
import org.springframework.stereotype.Component;

/** Reads for whom, who, which request, when and why from an HTTP request, for the metadata of the command it carries. */
@Component
public class RequestMetadataResolver {

    private final Clock clock;
    private final CallerResolver callers;

    public RequestMetadataResolver(Clock clock, CallerResolver callers) {
        this.clock = clock;
        this.callers = callers;
    }

    /** The metadata of a command sent for this request: organisation and actor come from the caller's token. */
    public RequestMetadata resolve(HttpServletRequest request) {
        Caller caller = callers.current();
        String reason = optionalHeader(request, RequestHeaders.REASON);
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        return new RequestMetadata(
                caller.organisation(),
                caller.actor(),
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
