package org.sapledger.app.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.sapledger.app.idempotency.IdempotencyKeyInUseException;
import org.sapledger.app.idempotency.IdempotencyKeyReusedException;
import org.sapledger.app.idempotency.IdempotencyMetadataKeys;
import org.sapledger.app.idempotency.IdempotencyStore;
import org.sapledger.app.idempotency.StoredResponse;
import org.sapledger.app.messaging.AggregateAdmission;
import org.sapledger.app.messaging.RequestMetadata;
import org.sapledger.command.CommandTargets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of an HTTP request and shapes the answer. Every command carries the request's metadata
 * (actor, correlation id, request time, reason). With an {@code Idempotency-Key} header, a retry of the same request
 * gets the first answer again and appends nothing; the same key with another request is a 422.
 */
@Component
public class CommandResponder {

    /** How often a command is tried when its node's view of the property turns out stale. */
    private static final int STALE_VIEW_ATTEMPTS = 3;

    private final CommandGateway commands;
    private final RequestMetadataResolver metadataResolver;
    private final IdempotencyStore idempotencyStore;
    private final AggregateAdmission admission;
    private final ObjectMapper json;
    private final CommandTargets targets;

    public CommandResponder(CommandGateway commands, RequestMetadataResolver metadataResolver,
                            IdempotencyStore idempotencyStore, AggregateAdmission admission, ObjectMapper json,
                            CommandTargets targets) {
        this.targets = targets;
        this.commands = commands;
        this.metadataResolver = metadataResolver;
        this.idempotencyStore = idempotencyStore;
        this.admission = admission;
        this.json = json;
    }

    /**
     * Sends {@code command} and answers with {@code status}, the command's result as body, and {@code location}.
     *
     * @param request     the HTTP request (headers: Authorization, X-Reason, Idempotency-Key)
     * @param requestBody the request's body as received, for the idempotency fingerprint (null when none)
     * @param bodyReason  a {@code reason} field of the body (or the import's query parameter), which takes
     *                    precedence over X-Reason; may be null; at most {@link JsonBodies#MAX_REASON_LENGTH}
     * @param status      the status of a successful answer
     * @param location    the Location header of a successful answer, or null
     * @param command     the command to send
     */
    public ResponseEntity<Object> send(HttpServletRequest request, Object requestBody, String bodyReason,
                                       HttpStatus status, URI location, Object command) {
        if (bodyReason != null && bodyReason.length() > JsonBodies.MAX_REASON_LENGTH) {
            throw new InvalidBodyException(JsonBodies.REASON,
                    "must be at most " + JsonBodies.MAX_REASON_LENGTH + " characters");
        }
        RequestMetadata metadata = metadataResolver.resolve(request).withBodyReason(bodyReason);
        String key = idempotencyKey(request);
        if (key == null) {
            return answer(status, location, dispatch(command, metadata.toMetaData()));
        }
        String fingerprint = fingerprint(request, requestBody);
        Optional<ResponseEntity<Object>> replay = replay(metadata.organisation(), key, fingerprint);
        if (replay.isPresent()) {
            return replay.get();
        }
        Map<String, Object> idempotency = IdempotencyMetadataKeys.of(key, fingerprint, status.value(),
                location == null ? null : location.toString());
        try {
            return answer(status, location, dispatch(command, metadata.toMetaData().mergedWith(idempotency)));
        } catch (IdempotencyKeyInUseException concurrentFirstUse) {
            return replay(metadata.organisation(), key, fingerprint).orElseThrow(() -> concurrentFirstUse);
        }
    }

    /**
     * The request's idempotency key, or null without one. A blank key is refused rather than ignored: the caller
     * believes a retry is safe, and without a key it would be applied twice.
     */
    private static String idempotencyKey(HttpServletRequest request) {
        String given = request.getHeader(RequestHeaders.IDEMPOTENCY_KEY);
        if (given != null && given.isBlank()) {
            throw new InvalidHeaderException(RequestHeaders.IDEMPOTENCY_KEY,
                    "must not be blank; leave the header out to send the command without one");
        }
        return RequestMetadataResolver.optionalHeader(request, RequestHeaders.IDEMPOTENCY_KEY);
    }

    private Object dispatch(Object command, MetaData metaData) {
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        String propertyId = targets.resolveTarget(message).getIdentifier();
        return admission.admit(propertyId, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return send(message);
                } catch (ConcurrencyException staleView) {
                    // Another instance appended to this property since this one cached it: the failed unit of
                    // work evicted the cached aggregate, so the next attempt decides on the current state (and an
                    // If-Match that no longer holds then fails as a ConflictingAggregateVersionException, 409).
                    if (attempt == STALE_VIEW_ATTEMPTS) {
                        throw staleView;
                    }
                }
            }
        });
    }

    private Object send(CommandMessage<Object> message) {
        try {
            return commands.sendAndWait(message);
        } catch (CommandExecutionException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw wrapped;
        }
    }

    private Optional<ResponseEntity<Object>> replay(String organisation, String key, String fingerprint) {
        Optional<StoredResponse> stored = idempotencyStore.find(organisation, key);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredResponse first = stored.get();
        if (!first.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key);
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(first.status())
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", "true");
        if (first.location() != null) {
            builder.location(URI.create(first.location()));
        }
        return Optional.of(builder.body(first.body()));
    }

    private static ResponseEntity<Object> answer(HttpStatus status, URI location, Object body) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
        if (location != null) {
            builder.location(location);
        }
        return builder.body(body);
    }

    private String fingerprint(HttpServletRequest request, Object requestBody) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            if (requestBody != null) {
                sha256.update(json.writeValueAsBytes(requestBody));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint request", e);
        }
    }
}
