package org.sapledger.app.web.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Locale-independent fixed-point numbers: never an exponent, never a comma, no trailing zeros. */
final class Decimals {

    private Decimals() {
    }

    /**
     * A number rounded half up to at most {@code maxDecimals} places, e.g. {@code 120.434}, {@code 0}, {@code -3.5};
     * empty text for NaN and the infinities, which are not figures.
     */
    static String fixed(double value, int maxDecimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(maxDecimals, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0"; // also turns -0.0 and tiny negatives into a plain 0
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
