package org.sapledger.query.worksheet;

import java.util.Map;
import java.util.Objects;

import org.sapledger.calc.LineValue;

/**
 * The RATING lines a subject's row keeps whole in {@code worksheet.rating_base}, which its {@code rating_lines}
 * are stored relative to (V16, see {@link StoredRatingLines}).
 *
 * @param lines        the base's lines, decoded
 * @param storedLength the length of the base's stored (standalone) form in bytes
 */
record RatingLinesBase(Map<String, LineValue> lines, int storedLength) {

    RatingLinesBase {
        Objects.requireNonNull(lines, "lines");
    }
}
