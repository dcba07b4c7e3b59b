package org.sapledger.query.worksheet;

import java.util.Map;
import java.util.Objects;

import org.sapledger.calc.LineValue;

/**
 * The RATING lines a subject's row keeps whole in {@code worksheet.rating_base}, which its {@code rating_lines}
 * are stored relative to (V16, see {@link StoredRatingLines}). Kept as arrays ({@link WorksheetLines.Reference}),
 * built once when the base is written or read: every later write of the subject's RATING lines compares with it.
 *
 * @param reference    the base's lines
 * @param storedLength the length of the base's stored (standalone) form in bytes
 */
record RatingLinesBase(WorksheetLines.Reference reference, int storedLength) {

    RatingLinesBase {
        Objects.requireNonNull(reference, "reference");
    }

    /** The base a row stores in {@code rating_base} (standalone form). */
    static RatingLinesBase stored(byte[] storedBase) {
        return new RatingLinesBase(WorksheetLines.Reference.decode(storedBase), storedBase.length);
    }

    /** The base's lines as a map, in order. */
    Map<String, LineValue> lines() {
        return reference.lines();
    }
}
