package org.sapledger.app.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.sapledger.app.idempotency.IdempotencyKeyReusedException;
import org.sapledger.app.messaging.AggregateAdmission;
import org.sapledger.command.InvalidCommandException;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.history.VersionNotReachedException;
import org.sapledger.sapxml.SapXmlImportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} answer. Bad input is a 400 whose
 * {@code errors} member names every offending field ({@code field}, a JSON {@code pointer}, and {@code detail});
 * unknown ids are 404. Failed requests store nothing: input is checked before a command is sent, and a rejected
 * command appends no event. What Spring MVC refuses itself (405, 406, 415, a missing parameter) is a problem too,
 * naming the header or parameter at fault; what never reaches Spring MVC is answered by
 * {@link ProblemJsonErrorReportValve} and {@link ProblemErrorController}.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    public static final URI INVALID_REQUEST = URI.create("https://sapledger.org/problems/invalid-request");
    static final URI NOT_FOUND = URI.create("https://sapledger.org/problems/not-found");
    static final URI CONFLICT = URI.create("https://sapledger.org/problems/conflict");
    static final URI IDEMPOTENCY_KEY_REUSED = URI.create("https://sapledger.org/problems/idempotency-key-reused");
    static final URI PROJECTION_BEHIND = URI.create("https://sapledger.org/problems/projection-behind");
    static final URI PROPERTY_BUSY = URI.create("https://sapledger.org/problems/property-busy");
    static final URI INTERNAL_ERROR = URI.create("https://sapledger.org/problems/internal-error");
    /** No valid bearer token (answered by the security filter chain, see {@code ProblemJsonSecurityErrors}). */
    public static final URI UNAUTHENTICATED = URI.create("https://sapledger.org/problems/unauthenticated");
    /** A valid token that may not do this. */
    public static final URI FORBIDDEN = URI.create("https://sapledger.org/problems/forbidden");

    /** The pseudo-field that stands for the whole request body. */
    static final String BODY = "body";

    /** One offending field of a request, as it appears in a problem's {@code errors} member. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldProblem(String field, String pointer, String detail) {

        /** The problem with {@code field} (dotted path for nested fields, {@code body} for the whole body). */
        static FieldProblem of(String field, String detail) {
            String pointer = BODY.equals(field) ? "#" : "#/" + field.replace('.', '/');
            return new FieldProblem(field, pointer, detail);
        }
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), error.getDefaultMessage()))
                .toList();
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(FieldProblem.of(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()))));
        return invalid(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                    .collect(Collectors.joining("."));
            return invalid(List.of(FieldProblem.of(field, "has the wrong type or format")), request);
        }
        if (cause instanceof InputCoercionException outOfRange) {
            String field = JsonBodies.fieldAt(outOfRange.getProcessor());
            if (field != null) {
                return invalid(List.of(FieldProblem.of(field, "is out of range: " + outOfRange.getOriginalMessage())),
                        request);
            }
        }
        String detail = "The request body is not valid JSON";
        if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
            detail += " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
                    + "): " + json.getOriginalMessage();
        } else if (cause == ex) {
            detail = "The request body is missing or unreadable";
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Malformed request body", detail,
                request);
        problem.setProperty("errors", List.of(FieldProblem.of(BODY, detail)));
        return problemResponse(problem);
    }

    /** A missing required query parameter is named like any other bad field. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setProperty("errors", List.of(FieldProblem.of(ex.getParameterName(), "is required")));
        return super.handleMissingServletRequestParameter(ex, headers, status, request);
    }

    /** A 415 names the header at fault and what it may say. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setProperty("errors", List.of(new FieldProblem(HttpHeaders.CONTENT_TYPE, null,
                "must be one of " + MediaType.toString(ex.getSupportedMediaTypes()))));
        return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
    }

    /** A 406 names the header at fault and what the resource can be. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ex.getBody().setProperty("errors", List.of(new FieldProblem(HttpHeaders.ACCEPT, null,
                "must accept one of " + MediaType.toString(ex.getSupportedMediaTypes()))));
        return super.handleHttpMediaTypeNotAcceptable(ex, headers, status, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        return invalid(List.of(FieldProblem.of(ex.getName(), "has the wrong type or format")), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation -> {
                    String path = violation.getPropertyPath().toString();
                    return FieldProblem.of(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
                })
                .toList();
        return invalid(errors, request);
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<Object> invalidCommand(InvalidCommandException ex, WebRequest request) {
        return invalid(ex.errors().stream().map(error -> FieldProblem.of(error.field(), error.message())).toList(),
                request);
    }

    @ExceptionHandler(InvalidBodyException.class)
    ResponseEntity<Object> invalidBody(InvalidBodyException ex, WebRequest request) {
        return invalid(List.of(FieldProblem.of(ex.field(), ex.detail())), request);
    }

    @ExceptionHandler(SapXmlImportException.class)
    ResponseEntity<Object> unreadableSapXml(SapXmlImportException ex, WebRequest request) {
        List<FieldProblem> errors = ex.errors().stream()
                .map(error -> new FieldProblem(error.element(), null, error.line() > 0
                        ? error.message() + " (line " + error.line() + ", column " + error.column() + ")"
                        : error.message()))
                .toList();
        return invalid(errors, request);
    }

    @ExceptionHandler(InvalidHeaderException.class)
    ResponseEntity<Object> invalidHeader(InvalidHeaderException ex, WebRequest request) {
        return invalid(List.of(new FieldProblem(ex.header(), null, ex.detail())), request);
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<Object> idempotencyKeyReused(IdempotencyKeyReusedException ex, WebRequest request) {
        return problemResponse(problem(HttpStatus.UNPROCESSABLE_ENTITY, IDEMPOTENCY_KEY_REUSED,
                "Idempotency key reused", ex.getMessage(), request));
    }

    @ExceptionHandler({ConflictingAggregateVersionException.class, ConcurrencyException.class})
    ResponseEntity<Object> conflict(RuntimeException ex, WebRequest request) {
        return problemResponse(problem(HttpStatus.CONFLICT, CONFLICT, "Conflict",
                "The resource was changed by another request; read it again and retry with its current version.",
                request));
    }

    @ExceptionHandler(VersionNotReachedException.class)
    ResponseEntity<Object> versionNotReached(VersionNotReachedException ex, WebRequest request) {
        return invalid(List.of(FieldProblem.of("atVersion", "the property's latest version is " + ex.latest())),
                request);
    }

    @ExceptionHandler(ProjectionBehindException.class)
    ResponseEntity<Object> projectionBehind(ProjectionBehindException ex, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, PROJECTION_BEHIND, "Not yet up to date",
                ex.getMessage() + "; retry shortly.", request);
        problem.setProperty("reachedVersion", ex.reached());
        problem.setProperty("minVersion", ex.wanted());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> aggregateNotFound(AggregateNotFoundException ex, WebRequest request) {
        return notFound(new UnknownEntityException("resource", String.valueOf(ex.getAggregateIdentifier())),
                request);
    }

    @ExceptionHandler(UnknownEntityException.class)
    ResponseEntity<Object> notFound(UnknownEntityException ex, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", ex.getMessage(), request);
        problem.setProperty("resource", Map.of("kind", ex.kind(), "id", ex.id()));
        return problemResponse(problem);
    }

    @ExceptionHandler(AggregateAdmission.PropertyBusyException.class)
    ResponseEntity<Object> busy(AggregateAdmission.PropertyBusyException ex, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, PROPERTY_BUSY, "Busy", ex.getMessage(),
                request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A token that is valid but does not say who the caller is or for which organisation. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
        return problemResponse(problem(HttpStatus.FORBIDDEN, FORBIDDEN, "Forbidden", ex.getMessage(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure handling {}", describe(request), ex);
        return problemResponse(problem(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL_ERROR, "Internal error",
                "The request could not be completed; nothing was stored.", request));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getInstance() == null) {
            problem.setInstance(instance(request));
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    private ResponseEntity<Object> invalid(List<FieldProblem> unordered, WebRequest request) {
        List<FieldProblem> errors = unordered.stream()
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::detail))
                .toList();
        String fields = errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request",
                "Invalid value for: " + fields, request);
        problem.setProperty("errors", errors);
        return problemResponse(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail,
            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(instance(request));
        return problem;
    }

    private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static URI instance(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return URI.create(http.getRequestURI());
        }
        return null;
    }

    private static String describe(WebRequest request) {
        return request instanceof ServletWebRequest servlet
                ? servlet.getHttpMethod() + " " + servlet.getRequest().getRequestURI()
                : request.getDescription(false);
    }
}
