package org.sapledger.app.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.sapledger.app.web.JsonBodies;
import org.sapledger.command.property.PropertyAggregate;

/**
 * Values a query parameter must refuse. Parameters the API documents by name get values tied to their meaning (a
 * version the property never reached, an instant that is not ISO-8601); any other gets what its OpenAPI schema
 * rules out (not a number, beyond {@code maximum}, not one of {@code enum}). A free-text parameter with no known
 * limit gets none: no value of it is invalid.
 */
final class BadQueryValues {

    private static final String LONG_OVERFLOW = "9223372036854775808";
    private static final String INT_OVERFLOW = "2147483648";

    private BadQueryValues() {
    }

    /** A value of {@code parameter} the service must refuse, if there is one. */
    static Optional<String> of(ApiOperation.Parameter parameter, Fixtures fixtures, Random random) {
        List<String> values = candidates(parameter, fixtures, random);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(random.nextInt(values.size())));
    }

    static boolean exists(ApiOperation.Parameter parameter, Fixtures fixtures) {
        return !candidates(parameter, fixtures, new Random(0)).isEmpty();
    }

    private static List<String> candidates(ApiOperation.Parameter parameter, Fixtures fixtures, Random random) {
        long beyondLatest = fixtures.propertyVersion() + 1 + random.nextInt(1000);
        return switch (parameter.name()) {
            case "minVersion", "atVersion" -> List.of("-1", "-" + (1 + random.nextInt(1_000_000)), "abc", "1.5",
                    "1e3", LONG_OVERFLOW, "-" + LONG_OVERFLOW, Long.toString(beyondLatest),
                    Long.toString(Long.MAX_VALUE));
            case "asOf" -> List.of("yesterday", "2026-13-01T00:00:00Z", "2026-11-26", "2026-11-26T12:00:00",
                    "2026-11-26T25:00:00Z", "0000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "",
                    "1764158400", "2026-11-26T12:00:00+25:00");
            case "basis" -> List.of("ratings", "LOCALE", "rating;local", "rating local", "r\u00e9gional", "0",
                    "x".repeat(300), "rating\u0000");
            case "line" -> List.of("107 total", "../107", "x".repeat(41), "", "<script>", "107_total;", "\u00e9",
                    "107-total");
            case "withOpenings" -> List.of("maybe", "2", "truee", "-1", "yes please");
            case "climateRegion" -> List.of("-1", "22", "-" + INT_OVERFLOW, INT_OVERFLOW, "abc", "1.5", "1e1");
            case "dwellingType" -> List.of("CASTLE", "house", "0", "HOUSE,FLAT", "H0USE");
            case "addressLine" -> List.of("a".repeat(PropertyAggregate.MAX_ADDRESS_LENGTH + 1
                    + random.nextInt(1000)), "   ");
            case "postcode" -> List.of("NOT A POSTCODE", "12345", "LE11", "SW1A-1AA");
            case "reason" -> List.of("r".repeat(JsonBodies.MAX_REASON_LENGTH + 1 + random.nextInt(1000)));
            default -> bySchema(parameter.schema());
        };
    }

    /**
     * What the schema rules out: page and size, and any parameter added later. Not hexadecimal: Spring reads
     * {@code 0x10} as 16, a documented leniency of its number conversion, not a hole.
     */
    private static List<String> bySchema(JsonNode schema) {
        List<String> values = new ArrayList<>();
        switch (schema.path("type").asText()) {
            case "integer" -> {
                values.addAll(List.of("abc", "1.5", "1e3", "--1",
                        schema.path("format").asText().equals("int64") ? LONG_OVERFLOW : INT_OVERFLOW));
                if (schema.has("minimum")) {
                    values.add(Long.toString(schema.get("minimum").asLong() - 1));
                }
                if (schema.has("maximum")) {
                    values.add(Long.toString(schema.get("maximum").asLong() + 1));
                }
            }
            case "number" -> values.addAll(List.of("abc", "1,5", "--1"));
            case "boolean" -> values.addAll(List.of("maybe", "2", "truee"));
            case "string" -> schema.path("enum").forEach(allowed -> values.add("NOT_" + allowed.asText()));
            default -> {
                // no value of an untyped parameter is known to be invalid
            }
        }
        return values;
    }
}
