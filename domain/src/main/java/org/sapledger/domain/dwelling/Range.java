package org.sapledger.domain.dwelling;

/**
 * A closed or half-open interval of physically possible values.
 *
 * @param min lower bound
 * @param minInclusive whether {@code min} itself is allowed
 * @param max upper bound
 * @param maxInclusive whether {@code max} itself is allowed
 * @param unit unit text used in messages
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive, String unit) {

    /** (min, max]. */
    public static Range aboveUpTo(double min, double max, String unit) {
        return new Range(min, false, max, true, unit);
    }

    /** [min, max]. */
    public static Range between(double min, double max, String unit) {
        return new Range(min, true, max, true, unit);
    }

    /** Whether {@code v} is a finite number inside the range. */
    public boolean contains(double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        boolean lowOk = minInclusive ? v >= min : v > min;
        boolean highOk = maxInclusive ? v <= max : v < max;
        return lowOk && highOk;
    }

    /** The interval in mathematical notation, e.g. {@code (0, 10] W/m²K}. */
    public String describe() {
        return (minInclusive ? "[" : "(") + fmt(min) + ", " + fmt(max) + (maxInclusive ? "]" : ")")
                + (unit.isEmpty() ? "" : " " + unit);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
