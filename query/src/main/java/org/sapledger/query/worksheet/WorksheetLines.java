package org.sapledger.query.worksheet;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sapledger.calc.LineValue;

/** Worksheet lines as plain JSON values: a number for a single value, an array of twelve for a monthly line. */
public final class WorksheetLines {

    private WorksheetLines() {
    }

    /** Every line, in the order given, as JSON values. */
    public static Map<String, Object> toJson(Map<String, LineValue> lines) {
        Map<String, Object> out = new LinkedHashMap<>();
        lines.forEach((key, value) -> out.put(key, toJson(value)));
        return out;
    }

    /** One line as a JSON value: a {@code Double}, or a {@code List<Double>} of twelve. */
    public static Object toJson(LineValue value) {
        return value instanceof LineValue.Scalar scalar ? (Object) scalar.value()
                : ((LineValue.Monthly) value).values();
    }
}
