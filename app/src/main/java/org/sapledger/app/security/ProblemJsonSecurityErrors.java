package org.sapledger.app.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sapledger.app.web.ApiExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The security filter chain's refusals as RFC 9457 problem+json, like every other error of the API: 401 with a
 * {@code WWW-Authenticate: Bearer} challenge (RFC 6750) when the token is missing or invalid, 403 when it lacks a
 * scope; and the firewall's refusals of malformed requests. The detail never repeats the token.
 */
public class ProblemJsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final ObjectMapper json;

    public ProblemJsonSecurityErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean invalidToken = failure instanceof InvalidBearerTokenException
                || failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, invalidToken
                ? "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\""
                : "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, ApiExceptionHandler.UNAUTHENTICATED, "Unauthorized",
                invalidToken ? "The bearer token is invalid or expired."
                        : "A bearer token is required (Authorization: Bearer <token>).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
        write(request, response, HttpStatus.FORBIDDEN, ApiExceptionHandler.FORBIDDEN, "Forbidden",
                "The token does not allow this request.");
    }

    /**
     * Requests Spring Security's firewall refuses before any filter runs (a method such as TRACE, encoded slashes
     * or dots in the path, control characters in headers): 405 for the method, else 400.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        boolean method = rejected.getMessage() != null && rejected.getMessage().contains("HTTP method");
        write(request, response, method ? HttpStatus.METHOD_NOT_ALLOWED : HttpStatus.BAD_REQUEST,
                ApiExceptionHandler.INVALID_REQUEST, method ? "Method Not Allowed" : "Bad Request",
                method ? "The method " + request.getMethod() + " is not supported here."
                        : "The request was refused: its URL or headers are malformed.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type,
                       String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException unparsable) {
            // leave the instance out rather than fail the refusal
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
