package org.sapledger.query.worksheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sapledger.calc.LineValue;

/**
 * Worksheet lines as the API gives them (JSON values: a number, or twelve numbers for a monthly line) and as the
 * read model stores them: a compact binary form, each value an IEEE double, so a stored worksheet comes back bit
 * for bit (format: a count, then per line its key, a kind byte, and one or twelve doubles).
 */
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

    private static final byte SCALAR = 0;
    private static final byte MONTHLY = 1;

    /** The lines in the stored binary form. */
    public static byte[] encode(Map<String, LineValue> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(lines.size());
            for (Map.Entry<String, LineValue> line : lines.entrySet()) {
                out.writeUTF(line.getKey());
                if (line.getValue() instanceof LineValue.Scalar scalar) {
                    out.writeByte(SCALAR);
                    out.writeDouble(scalar.value());
                } else {
                    out.writeByte(MONTHLY);
                    for (double month : ((LineValue.Monthly) line.getValue()).values()) {
                        out.writeDouble(month);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The lines from their stored binary form, in the order stored. */
    public static Map<String, LineValue> decode(byte[] stored) {
        Map<String, LineValue> lines = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                if (in.readByte() == SCALAR) {
                    lines.put(key, new LineValue.Scalar(in.readDouble()));
                } else {
                    List<Double> months = new ArrayList<>(12);
                    for (int m = 0; m < 12; m++) {
                        months.add(in.readDouble());
                    }
                    lines.put(key, new LineValue.Monthly(months));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt stored worksheet lines", e);
        }
        return lines;
    }
}
