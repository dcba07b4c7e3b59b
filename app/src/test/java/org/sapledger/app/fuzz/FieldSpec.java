package org.sapledger.app.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.sapledger.domain.dwelling.Range;

/**
 * A member of a request body template and what the service must refuse in it. The fuzzer replaces the member's
 * value with one of these and expects a 4xx naming the member; so every value produced here has to be invalid
 * whatever the rest of the body holds, which is why ranges come from the service's own limits
 * ({@link org.sapledger.domain.dwelling.PhysicalLimits}) rather than from numbers written here.
 *
 * @param pointer  JSON pointer of the member in the template, e.g. {@code /storeys/0/floorArea}
 * @param kind     what sort of value the member holds
 * @param presence what the service makes of the member when it is missing or null
 * @param range    the accepted interval of a NUMBER or INTEGER (null otherwise)
 * @param values   the accepted names of an ENUM, or the ids already taken for a NEW_ID
 * @param limit    the longest accepted TEXT, or the fewest accepted items of an ARRAY
 */
record FieldSpec(String pointer, Kind kind, Presence presence, Range range, List<String> values, int limit) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The sorts of member the API takes. */
    enum Kind {
        NUMBER, INTEGER, TEXT, POSTCODE, ENUM, NEW_ID, REFERENCE, ARRAY, OBJECT, FLAG
    }

    /** What the service makes of a member that is missing or null. */
    enum Presence {
        /** Refused when missing or null. */
        REQUIRED,
        /** A primitive: read as 0 when missing or null, so refused only where 0 is out of range. */
        ZERO_WHEN_ABSENT,
        /** Allowed to be missing or null. */
        OPTIONAL
    }

    static FieldSpec number(String pointer, Presence presence, Range range) {
        return new FieldSpec(pointer, Kind.NUMBER, presence, range, List.of(), 0);
    }

    static FieldSpec integer(String pointer, Presence presence, Range range) {
        return new FieldSpec(pointer, Kind.INTEGER, presence, range, List.of(), 0);
    }

    static FieldSpec text(String pointer, Presence presence, int maxLength) {
        return new FieldSpec(pointer, Kind.TEXT, presence, null, List.of(), maxLength);
    }

    static FieldSpec postcode(String pointer) {
        return new FieldSpec(pointer, Kind.POSTCODE, Presence.REQUIRED, null, List.of(), 0);
    }

    static FieldSpec oneOf(String pointer, List<String> allowed) {
        return new FieldSpec(pointer, Kind.ENUM, Presence.REQUIRED, null, List.copyOf(allowed), 0);
    }

    static FieldSpec newId(String pointer, List<String> taken, int maxLength) {
        return new FieldSpec(pointer, Kind.NEW_ID, Presence.REQUIRED, null, List.copyOf(taken), maxLength);
    }

    static FieldSpec reference(String pointer) {
        return new FieldSpec(pointer, Kind.REFERENCE, Presence.REQUIRED, null, List.of(), 0);
    }

    static FieldSpec array(String pointer, Presence presence, int minItems) {
        return new FieldSpec(pointer, Kind.ARRAY, presence, null, List.of(), minItems);
    }

    static FieldSpec object(String pointer, Presence presence) {
        return new FieldSpec(pointer, Kind.OBJECT, presence, null, List.of(), 0);
    }

    static FieldSpec flag(String pointer) {
        return new FieldSpec(pointer, Kind.FLAG, Presence.ZERO_WHEN_ABSENT, null, List.of(), 0);
    }

    /** The member's name as a problem's {@code errors} should name it: the last non-index segment. */
    String name() {
        String[] segments = pointer.substring(1).split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].chars().allMatch(Character::isDigit)) {
                return segments[i];
            }
        }
        return pointer;
    }

    /** Whether leaving the member out (or null) is itself invalid. */
    boolean absenceIsInvalid() {
        return switch (presence) {
            case REQUIRED -> true;
            case ZERO_WHEN_ABSENT -> range != null && !range.contains(0);
            case OPTIONAL -> false;
        };
    }

    /** Whether some value of the right JSON type is still refused. */
    boolean hasOutOfRangeValues() {
        return switch (kind) {
            case NUMBER, INTEGER, POSTCODE, ENUM, NEW_ID, REFERENCE -> true;
            case TEXT -> limit > 0;
            case ARRAY -> limit > 0;
            case OBJECT, FLAG -> false;
        };
    }

    /** A value of the right JSON type that the service must refuse. */
    JsonNode outOfRange(Random random) {
        List<JsonNode> candidates = switch (kind) {
            case NUMBER -> outOfRangeNumbers(random);
            case INTEGER -> outOfRangeIntegers(random);
            case TEXT -> tooLongOrBlank(random);
            case POSTCODE -> texts("NOT A POSTCODE", "12345", "LE11", "LE11 3TUX", "SW1A-1AA", "L1 1AA 1AA",
                    "\u00c9E11 3TU", "", "LE11 3TU".repeat(40));
            case ENUM -> unknownNames(random);
            case NEW_ID -> unusableIds(random);
            case REFERENCE -> texts("no-such-" + Long.toHexString(random.nextLong()), "", " ");
            case ARRAY -> List.of(NODES.arrayNode());
            case OBJECT, FLAG -> throw new IllegalStateException(kind + " has no out-of-range values");
        };
        return candidates.get(random.nextInt(candidates.size()));
    }

    /** A value of the wrong JSON type (or wrapped in a nesting level the member does not have). */
    JsonNode wrongType(Random random) {
        List<JsonNode> candidates = switch (kind) {
            case NUMBER, INTEGER -> List.of(NODES.textNode("abc"), NODES.textNode("12 m\u00b2"),
                    NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(1),
                    NODES.objectNode().put("value", 1));
            case TEXT, POSTCODE, NEW_ID, REFERENCE -> List.of(NODES.objectNode(), NODES.arrayNode(),
                    NODES.arrayNode().add("x"), NODES.objectNode().put("value", "x"));
            case ENUM -> List.of(NODES.numberNode(0), NODES.numberNode(random.nextInt(values.size())),
                    NODES.numberNode(values.size() + random.nextInt(100)), NODES.booleanNode(true),
                    NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(values.get(0)));
            case ARRAY -> List.of(NODES.objectNode(), NODES.textNode("x"), NODES.numberNode(5),
                    NODES.booleanNode(true));
            case OBJECT -> List.of(NODES.textNode("x"), NODES.numberNode(5), NODES.booleanNode(true),
                    NODES.arrayNode(), NODES.arrayNode().add(NODES.objectNode()));
            case FLAG -> List.of(NODES.textNode("maybe"), NODES.objectNode(), NODES.arrayNode(),
                    NODES.textNode("yes please"));
        };
        return candidates.get(random.nextInt(candidates.size()));
    }

    private List<JsonNode> outOfRangeNumbers(Random random) {
        double span = Math.max(1, range.max() - range.min());
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.numberNode(range.min() - 1e-6 - random.nextDouble() * span));
        values.add(NODES.numberNode(range.max() + 1e-6 + random.nextDouble() * span));
        values.add(NODES.numberNode(range.max() * (2 + random.nextInt(1000)) + 1));
        if (!range.minInclusive()) {
            values.add(NODES.numberNode(range.min()));
        }
        if (!range.maxInclusive()) {
            values.add(NODES.numberNode(range.max()));
        }
        if (range.min() == 0 && !range.minInclusive()) {
            values.add(NODES.numberNode(-0.0));
        }
        if (range.min() >= 0) {
            values.add(NODES.numberNode(-1e-300));
        }
        values.add(NODES.textNode("NaN"));
        values.add(NODES.textNode("Infinity"));
        values.add(NODES.textNode("-Infinity"));
        values.add(NODES.numberNode(new BigDecimal("1e309")));
        values.add(NODES.numberNode(new BigDecimal("-1e309")));
        values.add(NODES.numberNode(BigInteger.TEN.pow(30)));
        values.add(NODES.numberNode(BigInteger.TEN.pow(30).negate()));
        return values;
    }

    private List<JsonNode> outOfRangeIntegers(Random random) {
        long below = (long) range.min() - 1 - random.nextInt(1000);
        long above = (long) range.max() + 1 + random.nextInt(1000);
        return List.of(NODES.numberNode(below), NODES.numberNode(above),
                NODES.numberNode(range.min() + 0.5),
                NODES.numberNode(Integer.MAX_VALUE + 1L), NODES.numberNode(Integer.MIN_VALUE - 1L),
                NODES.numberNode(new BigDecimal("1e309")), NODES.numberNode(BigInteger.TEN.pow(30)),
                NODES.textNode("NaN"));
    }

    private List<JsonNode> tooLongOrBlank(Random random) {
        List<JsonNode> values = new ArrayList<>();
        values.add(NODES.textNode("x".repeat(limit + 1 + random.nextInt(limit * 4))));
        values.add(NODES.textNode("\u00e9".repeat(limit + 1)));
        values.add(NODES.textNode("y".repeat(100_000)));
        if (presence == Presence.REQUIRED) {
            values.add(NODES.textNode(""));
            values.add(NODES.textNode("   "));
            values.add(NODES.textNode("\t\n"));
        }
        return values;
    }

    private List<JsonNode> unknownNames(Random random) {
        String known = values.get(random.nextInt(values.size()));
        return texts("NOT_" + known, known + "_X", "", "?", "null");
    }

    private List<JsonNode> unusableIds(Random random) {
        List<JsonNode> ids = new ArrayList<>(texts("", "   "));
        values.forEach(taken -> ids.add(NODES.textNode(taken)));
        ids.add(NODES.textNode("i".repeat(limit + 1 + random.nextInt(1000))));
        return ids;
    }

    private static List<JsonNode> texts(String... texts) {
        List<JsonNode> nodes = new ArrayList<>();
        for (String text : texts) {
            nodes.add(NODES.textNode(text));
        }
        return nodes;
    }
}
