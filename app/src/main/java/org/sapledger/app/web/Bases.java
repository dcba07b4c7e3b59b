package org.sapledger.app.web;

import java.util.Locale;

/** The {@code basis} parameter of worksheet reads: {@code rating} (UK average climate) or {@code local}. */
final class Bases {

    private Bases() {
    }

    /** RATING or LOCAL; a 400 naming {@code basis} otherwise. */
    static String parse(String basis) {
        String upper = basis.toUpperCase(Locale.ROOT);
        if (!upper.equals("RATING") && !upper.equals("LOCAL")) {
            throw new InvalidBodyException("basis", "must be rating or local");
        }
        return upper;
    }
}
