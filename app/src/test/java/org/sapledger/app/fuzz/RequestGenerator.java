package org.sapledger.app.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sapledger.app.web.RequestHeaders;

/**
 * Generates the fuzzer's requests from one seed: for an operation, a valid request (real ids from the fixtures, a
 * template body) broken by one to three {@link Mutation}s. The same seed gives the same requests in the same order.
 */
final class RequestGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Templates templates;
    private final Fixtures fixtures;
    private final Mutation.Context context;
    private final Random random;
    private long requests;

    RequestGenerator(Templates templates, Mutation.Context context) {
        this.templates = templates;
        this.fixtures = context.fixtures();
        this.context = context;
        this.random = context.random();
    }

    /** A request of {@code operation} that the service must refuse. */
    FuzzRequest next(ApiOperation operation) {
        List<BodyTemplate> bodies = templates.of(operation);
        BodyTemplate template = bodies.isEmpty() ? null : Mutation.pick(bodies, random);
        String token = "r" + (++requests) + "-" + Integer.toHexString(random.nextInt());
        RequestDraft draft = valid(operation, template, token, fixtures.scenarioId());
        decorate(draft);
        List<Mutation> mutations = chooseMutations(draft);
        mutations.forEach(mutation -> mutation.applyTo(draft, context));
        return draft.toRequest(mutations);
    }

    /**
     * A request of {@code operation} the service accepts (given the fixtures' state), before any mutation.
     *
     * @param token              makes new ids and names unique
     * @param scenarioForMeasures the scenario a new measure goes into
     */
    RequestDraft valid(ApiOperation operation, BodyTemplate template, String token, String scenarioForMeasures) {
        RequestDraft draft = new RequestDraft(operation, template);
        for (ApiOperation.Parameter parameter : operation.pathParameters()) {
            String value = template != null && template.pathValues().containsKey(parameter.name())
                    ? template.pathValues().get(parameter.name())
                    : existing(parameter.name(), operation, scenarioForMeasures);
            draft.pathValues.put(parameter.name(), value);
        }
        for (ApiOperation.Parameter parameter : operation.queryParameters()) {
            if (parameter.name().equals("line")) {
                draft.queryValues.put("line", "107_total");
            }
        }
        if (template != null) {
            draft.queryValues.putAll(template.query());
            String body = template.body().apply(token);
            draft.contentType = template.mediaType();
            if (template.isJson()) {
                draft.json = parse(body);
            } else {
                draft.xml = body;
            }
        } else if (operation.takesBody()) {
            draft.contentType = operation.requestMediaTypes().get(0);
            draft.json = JSON.createObjectNode();
        }
        return draft;
    }

    /** The id of a fixture for a path variable; reads also look at the imported property. */
    private String existing(String variable, ApiOperation operation, String scenarioForMeasures) {
        return switch (variable) {
            case "id", "propertyId" -> operation.method().equals("GET") && random.nextBoolean()
                    ? fixtures.importedPropertyId() : fixtures.propertyId();
            case "planId" -> fixtures.planId();
            case "scenarioId" -> scenarioForMeasures;
            case "measureId" -> fixtures.measureId();
            case "elementId" -> Fixtures.DOOR;
            default -> "fixture-for-" + variable;
        };
    }

    /** Headers a valid request may carry; with them, a refused command must still store no idempotency record. */
    private void decorate(RequestDraft draft) {
        if (random.nextInt(4) == 0) {
            draft.headers.put(RequestHeaders.CORRELATION_ID, "fuzz-" + requests);
        }
        if (draft.operation.isCommand()) {
            if (random.nextInt(3) == 0) {
                draft.headers.put(RequestHeaders.IDEMPOTENCY_KEY, UUID.randomUUID().toString());
            }
            if (random.nextInt(4) == 0) {
                draft.headers.put(RequestHeaders.REASON, "fuzzing");
            }
        }
    }

    /**
     * One mutation mostly, sometimes two or three, in stage order. At most one works on the body's bytes: two could
     * undo each other (a body doubled by one and cut back to its first half by the next is valid again).
     */
    private List<Mutation> chooseMutations(RequestDraft draft) {
        List<Mutation> applicable = new ArrayList<>();
        for (Mutation mutation : Mutation.values()) {
            if (mutation.appliesTo(draft, context)) {
                applicable.add(mutation);
            }
        }
        int roll = random.nextInt(100);
        int count = Math.min(applicable.size(), roll < 75 ? 1 : roll < 93 ? 2 : 3);
        List<Mutation> chosen = new ArrayList<>();
        while (chosen.size() < count && !applicable.isEmpty()) {
            Mutation mutation = applicable.remove(random.nextInt(applicable.size()));
            if (mutation.stage == Mutation.Stage.BYTES) {
                applicable.removeIf(other -> other.stage == Mutation.Stage.BYTES);
            }
            chosen.add(mutation);
        }
        chosen.sort(Comparator.comparing((Mutation m) -> m.stage).thenComparing(Enum::ordinal));
        return chosen;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
