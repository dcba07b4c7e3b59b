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
import java.util.function.Consumer;

import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;

/**
 * Worksheet lines as the API gives them (JSON values: a number, or twelve numbers for a monthly line) and as the
 * read model stores them: a compact binary form in which every value is an IEEE double or a two-bit reference to
 * one, so a stored worksheet comes back bit for bit. Format, big-endian:
 * <pre>
 * byte    form: 1 standalone, 2 relative to a reference worksheet (for the LOCAL basis, the same subject's RATING
 *         basis; for the RATING basis, the row's stored base, see {@link StoredRatingLines})
 * ushort  the number of lines
 * form 1: per line, its key (as DataOutputStream.writeUTF writes it) and its kind (0 one value, 1 twelve)
 * form 2: nothing; the lines are the reference's, with the same keys and kinds in the same order
 * tags    two bits per value, in line order (a monthly line January first), four to a byte from the high bits:
 *         0 a literal double follows, 1 zero (+0.0), 2 the same as the value before it,
 *         3 the same as the reference's value at this position (form 2 only)
 * doubles the literals, in order
 * </pre>
 * A worksheet's 720 values hold about 200 zeros and 50 repeats; on the LOCAL basis about 70% of the values are the
 * RATING basis's (the geometry and fabric lines do not depend on the climate). Against the form of the V8 to V14
 * read model (a key, a kind and eight bytes for every value: ≈ 6.4 kB per basis) the two bases together take
 * ≈ 6.2 kB instead of 12.9 kB (the M1 reference dwelling: RATING 4.5 kB, LOCAL 1.7–1.8 kB), which PostgreSQL writes
 * once per event.
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

    private static final byte STANDALONE = 1;
    private static final byte RELATIVE = 2;

    private static final int LITERAL = 0;
    private static final int ZERO = 1;
    private static final int PREVIOUS = 2;
    private static final int REFERENCE = 3;

    /** The lines in the stored binary form (standalone). */
    public static byte[] encode(Map<String, LineValue> lines) {
        Encoder encoder = new Encoder(null);
        forEachLine(lines, encoder);
        return encoder.bytes();
    }

    /** Visits the lines of a map as {@link Worksheet#forEachLine} visits a worksheet's. */
    private static void forEachLine(Map<String, LineValue> lines, Worksheet.LineVisitor visitor) {
        lines.forEach((key, value) -> {
            if (value instanceof LineValue.Scalar scalar) {
                visitor.line(key, false, new double[] {scalar.value()});
            } else {
                visitor.line(key, true, ((LineValue.Monthly) value).values().stream()
                        .mapToDouble(Double::doubleValue).toArray());
            }
        });
    }

    /** A worksheet's lines in the stored binary form (standalone), copied straight from its values. */
    public static byte[] encode(Worksheet worksheet) {
        return encodeRelativeTo(worksheet, null);
    }

    /**
     * A worksheet's lines stored relative to {@code reference} (null: none): values equal to the reference's at the
     * same position take two bits. Standalone when the two do not have the same lines.
     */
    public static byte[] encode(Worksheet worksheet, Worksheet reference) {
        return encodeRelativeTo(worksheet, reference == null ? null : Reference.of(reference::forEachLine));
    }

    /**
     * A worksheet's lines stored relative to a reference already in array form (null: none), as
     * {@link #encode(Worksheet, Worksheet)}; a reference written against often (a row's RATING base) is built once.
     */
    public static byte[] encode(Worksheet worksheet, Reference reference) {
        return encodeRelativeTo(worksheet, reference);
    }

    private static byte[] encodeRelativeTo(Worksheet worksheet, Reference reference) {
        Encoder encoder = new Encoder(reference != null && reference.sameLinesAs(worksheet) ? reference : null);
        worksheet.forEachLine(encoder);
        return encoder.bytes();
    }

    /** Whether stored lines are in the relative form, which needs its reference to be read. */
    public static boolean isRelative(byte[] stored) {
        return stored.length > 0 && stored[0] == RELATIVE;
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

    /**
     * The lines another form is stored relative to, in the order stored: keys, and each line's values as an array
     * (a monthly line's length is 12). Built once for a reference used for many writes: from a decoded map it
     * unboxes 720 values.
     */
    public static final class Reference {

        private final List<String> keys;
        private final List<double[]> values;

        private Reference(List<String> keys, List<double[]> values) {
            this.keys = List.copyOf(keys);
            this.values = List.copyOf(values);
        }

        /** The lines {@code source} visits (a worksheet's {@code forEachLine}, or {@link #forEachLine}). */
        static Reference of(Consumer<Worksheet.LineVisitor> source) {
            List<String> keys = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            source.accept((key, monthly, lineValues) -> {
                keys.add(key);
                values.add(lineValues);
            });
            return new Reference(keys, values);
        }

        /** The lines of a map, in its order. */
        public static Reference of(Map<String, LineValue> lines) {
            return of(visitor -> forEachLine(lines, visitor));
        }

        /** The lines of a stored standalone form, in the order stored. */
        public static Reference decode(byte[] stored) {
            if (isRelative(stored)) {
                throw new IllegalArgumentException("a reference is stored standalone");
            }
            return of(visitor -> forEachStoredLine(stored, null, visitor));
        }

        /** The number of lines. */
        public int size() {
            return keys.size();
        }

        List<String> keys() {
            return keys;
        }

        List<double[]> values() {
            return values;
        }

        /** The lines as a map, in order (for reading and for tests; a write uses the arrays). */
        public Map<String, LineValue> lines() {
            Map<String, LineValue> lines = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                double[] v = values.get(i);
                lines.put(keys.get(i), lineValue(v.length == 12, v));
            }
            return lines;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Reference that) || !keys.equals(that.keys)) {
                return false;
            }
            for (int i = 0; i < values.size(); i++) {
                if (!Arrays.equals(values.get(i), that.values.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = keys.hashCode();
            for (double[] v : values) {
                hash = 31 * hash + Arrays.hashCode(v);
            }
            return hash;
        }

        boolean sameLinesAs(Worksheet worksheet) {
            int[] index = {0};
            boolean[] same = {true};
            worksheet.forEachLine((key, monthly, lineValues) -> {
                int i = index[0]++;
                same[0] &= i < keys.size() && keys.get(i).equals(key) && values.get(i).length == lineValues.length;
            });
            return same[0] && index[0] == keys.size();
        }
    }

    /** Writes the format: collects keys, tags and literals, then lays them out. */
    private static final class Encoder implements Worksheet.LineVisitor {

        private final Reference reference;
        private final ByteArrayOutputStream keys = new ByteArrayOutputStream(1024);
        private byte[] tags = new byte[256];
        private double[] literals = new double[1024];
        private int lines;
        private int values;
        private int literalCount;
        private long previous;
        private boolean first = true;

        Encoder(Reference reference) {
            this.reference = reference;
        }

        @Override
        public void line(String key, boolean monthly, double[] lineValues) {
            if (reference == null) {
                keys.writeBytes(keyBytes(key));
                keys.write(monthly ? 1 : 0);
            }
            double[] referenceValues = reference == null ? null : reference.values().get(lines);
            for (int i = 0; i < lineValues.length; i++) {
                long bits = Double.doubleToRawLongBits(lineValues[i]);
                int tag;
                if (referenceValues != null && Double.doubleToRawLongBits(referenceValues[i]) == bits) {
                    tag = REFERENCE;
                } else if (bits == 0L) {
                    tag = ZERO;
                } else if (bits == previous && !first) {
                    tag = PREVIOUS;
                } else {
                    tag = LITERAL;
                    if (literalCount == literals.length) {
                        literals = Arrays.copyOf(literals, literals.length * 2);
                    }
                    literals[literalCount++] = lineValues[i];
                }
                tag(tag);
                previous = bits;
                first = false;
            }
            lines++;
        }

        private void tag(int tag) {
            int index = values >> 2;
            if (index == tags.length) {
                tags = Arrays.copyOf(tags, tags.length * 2);
            }
            tags[index] |= (byte) (tag << (6 - 2 * (values & 3)));
            values++;
        }

        byte[] bytes() {
            if (lines > 0xFFFF) {
                throw new IllegalStateException("too many lines to store: " + lines);
            }
            int tagBytes = (values + 3) >> 2;
            ByteBuffer out = ByteBuffer.allocate(3 + keys.size() + tagBytes + 8 * literalCount);
            out.put(reference == null ? STANDALONE : RELATIVE);
            out.putShort((short) lines);
            out.put(keys.toByteArray());
            out.put(tags, 0, tagBytes);
            for (int i = 0; i < literalCount; i++) {
                out.putDouble(literals[i]);
            }
            return out.array();
        }
    }

    /** The lines from their stored binary form (standalone), in the order stored. */
    public static Map<String, LineValue> decode(byte[] stored) {
        return decode(stored, (Reference) null);
    }

    /**
     * The lines from their stored binary form, relative to a reference that is itself stored (standalone; null for
     * none): a worksheet row's RATING lines and its base ({@code rating_lines}, {@code rating_base}).
     */
    public static Map<String, LineValue> decodeWithStoredReference(byte[] stored, byte[] storedReference) {
        return decode(stored, storedReference == null ? null : Reference.decode(storedReference));
    }

    /**
     * The lines from their stored binary form, in the order stored; {@code reference} is the worksheet's the form
     * was written relative to (null for a standalone form).
     */
    public static Map<String, LineValue> decode(byte[] stored, Map<String, LineValue> reference) {
        return decode(stored, reference == null ? null : Reference.of(reference));
    }

    /**
     * The lines from their stored binary form, in the order stored; {@code reference} is the one the form was
     * written relative to, in array form (null for a standalone form).
     */
    public static Map<String, LineValue> decode(byte[] stored, Reference reference) {
        Map<String, LineValue> lines = new LinkedHashMap<>();
        forEachStoredLine(stored, reference, (key, monthly, values) -> lines.put(key, lineValue(monthly, values)));
        return lines;
    }

    /** One line's values as a {@link LineValue}. */
    private static LineValue lineValue(boolean monthly, double[] values) {
        if (!monthly) {
            return new LineValue.Scalar(values[0]);
        }
        List<Double> months = new ArrayList<>(values.length);
        for (double month : values) {
            months.add(month);
        }
        return new LineValue.Monthly(months);
    }

    /**
     * Visits the lines of a stored form in the order stored, each line's values in a new array;
     * {@code reference} as for {@link #decode(byte[], Reference)}.
     */
    private static void forEachStoredLine(byte[] stored, Reference reference, Worksheet.LineVisitor visitor) {
        ByteBuffer in = ByteBuffer.wrap(stored);
        try {
            byte form = in.get();
            int count = Short.toUnsignedInt(in.getShort());
            List<String> keys;
            List<Boolean> monthly;
            Reference values = null;
            if (form == STANDALONE) {
                keys = new ArrayList<>(count);
                monthly = new ArrayList<>(count);
                DataInputStream keyIn = new DataInputStream(new ByteArrayInputStream(stored, in.position(),
                        stored.length - in.position()));
                int start = keyIn.available();
                for (int i = 0; i < count; i++) {
                    // interned: the same instances as calc's line keys (literals), so comparing a stored base's keys
                    // with a worksheet's on every write (Reference.sameLinesAs) finds them identical at once
                    keys.add(keyIn.readUTF().intern());
                    monthly.add(keyIn.readByte() == 1);
                }
                in.position(in.position() + start - keyIn.available());
            } else if (form == RELATIVE) {
                if (reference == null || reference.size() != count) {
                    throw new IllegalArgumentException("lines stored relative to a worksheet need that worksheet");
                }
                values = reference;
                keys = values.keys();
                monthly = values.values().stream().map(v -> v.length == 12).toList();
            } else {
                throw new IllegalArgumentException("unknown stored form of worksheet lines: " + form);
            }
            int total = 0;
            for (boolean m : monthly) {
                total += m ? 12 : 1;
            }
            int tagStart = in.position();
            in.position(tagStart + ((total + 3) >> 2));
            int value = 0;
            double previous = Double.NaN;
            for (int line = 0; line < count; line++) {
                double[] decoded = new double[monthly.get(line) ? 12 : 1];
                for (int i = 0; i < decoded.length; i++, value++) {
                    int tag = (stored[tagStart + (value >> 2)] >> (6 - 2 * (value & 3))) & 3;
                    decoded[i] = switch (tag) {
                        case LITERAL -> in.getDouble();
                        case ZERO -> 0.0;
                        case PREVIOUS -> previous;
                        default -> {
                            if (values == null) {
                                throw new IllegalArgumentException("a reference in standalone worksheet lines");
                            }
                            yield values.values().get(line)[i];
                        }
                    };
                    previous = decoded[i];
                }
                visitor.line(keys.get(line), monthly.get(line), decoded);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("corrupt stored worksheet lines", e);
        }
    }
}
