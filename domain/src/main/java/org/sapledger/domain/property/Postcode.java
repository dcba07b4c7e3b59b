package org.sapledger.domain.property;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The UK postcode format accepted for a property: outward code (area, district) and inward code
 * (sector, unit), e.g. {@code LE11 3TU}, {@code SW1A 1AA}, {@code M1 1AE}.
 */
public final class Postcode {

    /** Outward code of 2–4 characters, an optional space, inward code of 3; letters in either case. */
    public static final String REGEX = "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private Postcode() {
    }

    /** Whether {@code value} has the form of a UK postcode. */
    public static boolean isWellFormed(String value) {
        return value != null && PATTERN.matcher(value.trim()).matches();
    }

    /** The canonical spelling: upper case, one space before the inward code ({@code le113tu} → {@code LE11 3TU}). */
    public static String canonical(String value) {
        String compact = value.trim().replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
