package org.sapledger.query.worksheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;

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
        Encoder encoder = new Encoder();
        lines.forEach((key, value) -> {
            if (value instanceof LineValue.Scalar scalar) {
                encoder.line(key, false, new double[] {scalar.value()});
            } else {
                encoder.line(key, true, ((LineValue.Monthly) value).values().stream()
                        .mapToDouble(Double::doubleValue).toArray());
            }
        });
        return encoder.bytes();
    }

    /** A worksheet's lines in the stored binary form, copied straight from its values. */
    public static byte[] encode(Worksheet worksheet) {
        Encoder encoder = new Encoder();
        worksheet.forEachLine(encoder);
        return encoder.bytes();
    }

    /** Each line's key as {@link DataOutputStream#writeUTF} writes it (length, then modified UTF-8), made once. */
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

    private static byte[] keyBytes(String key) {
        return KEYS.computeIfAbsent(key, k -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 + k.length());
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        });
    }

    /** Writes the format: a count (unsigned short), then per line its key, a kind byte and its doubles. */
    private static final class Encoder implements Worksheet.LineVisitor {

        private ByteBuffer buffer = ByteBuffer.allocate(8 * 1024);
        private int count;

        Encoder() {
            buffer.putShort((short) 0);
        }

        @Override
        public void line(String key, boolean monthly, double[] values) {
            byte[] keyBytes = keyBytes(key);
            ensure(keyBytes.length + 1 + 8 * values.length);
            buffer.put(keyBytes);
            buffer.put(monthly ? MONTHLY : SCALAR);
            for (double value : values) {
                buffer.putDouble(value);
            }
            count++;
        }

        private void ensure(int more) {
            if (buffer.remaining() < more) {
                ByteBuffer larger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
                buffer.flip();
                larger.put(buffer);
                buffer = larger;
            }
        }

        byte[] bytes() {
            if (count > 0xFFFF) {
                throw new IllegalStateException("too many lines to store: " + count);
            }
            buffer.putShort(0, (short) count);
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
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
