package org.sapledger.app.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as an RFC 9457 problem instead of an HTML page. Tomcat answers some requests itself, before
 * the application sees them: a request target with characters RFC 3986 forbids or an encoded slash, a header block
 * over the size limit, a malformed header line, a missing Host. Those answers go through the host's error report
 * valve; this one writes {@code application/problem+json}, like every answer of the API, and says no more than
 * Tomcat's own report does with details off (nothing of the request is echoed).
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            byte[] body = JSON.writeValueAsBytes(problem(status));
            // bytes, not Tomcat's writer, which would add a charset the API's other problems do not have
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response was committed or given a writer meanwhile: nothing more to tell
        }
    }

    /** The problem for a status Tomcat set; a 400 here always means the request itself could not be parsed. */
    static Map<String, Object> problem(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        if (status == HttpStatus.BAD_REQUEST.value()) {
            problem.put("type", ApiExceptionHandler.INVALID_REQUEST.toString());
            problem.put("title", "Malformed request");
            problem.put("status", status);
            problem.put("detail", "The request line, its target or its headers are malformed or too large;"
                    + " the server refused it before reading it.");
        } else {
            problem.put("type", "about:blank");
            problem.put("title", known == null ? "Error" : known.getReasonPhrase());
            problem.put("status", status);
        }
        return problem;
    }
}
