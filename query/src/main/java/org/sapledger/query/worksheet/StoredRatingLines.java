package org.sapledger.query.worksheet;

import org.sapledger.calc.Worksheet;

/**
 * How a subject's RATING lines are written (V16): relative to a base, a copy of the lines stored whole in the same
 * row ({@code rating_base}) and rewritten only now and then. An event changes the values its input reaches, a few
 * of a worksheet's 720 (the M1 reference dwelling: a wall's U-value 78–87 of them, the y-value 77–86, the thermal
 * mass 38–47, cooling 11); relative to a base, the others take two bits each instead of eight bytes, and PostgreSQL
 * keeps the base's out-of-line value in place when an update leaves it unchanged. Over the load harness's cycle of
 * those four changes the RATING lines take 0.8–0.9 kB a write instead of 4.5 kB, and the base is never rewritten
 * ({@code StoredRatingLinesTest}). Stored whole, the RATING lines were ≈ 4.5 kB of the ≈ 8.4 kB of WAL that
 * PostgreSQL wrote per worksheet row, and worksheet rows ≈ 85% of the service's WAL (issue 7).
 *
 * <p>The lines are written relative to the current base while that takes at most {@link #REBASE_SHARE} of the
 * base's own size; past that (the values drifted from the base) or without a base, the lines become the new base,
 * and the row's lines are written relative to it (two bits per value).
 *
 * @param lines   the row's {@code rating_lines}
 * @param newBase the row's new {@code rating_base}, or null to keep the stored one
 * @param base    the base {@code lines} are relative to, as the row holds it after this write
 */
record StoredRatingLines(byte[] lines, byte[] newBase, RatingLinesBase base) {

    /**
     * The largest size of lines stored relative to a base, as a share of the base's size, before the lines become
     * the new base. A smaller share rewrites the base more often; a larger one writes larger differences between.
     */
    static final double REBASE_SHARE = 0.5;

    /** The lines to write for {@code rating} given the row's current base (null: none). */
    static StoredRatingLines of(Worksheet rating, RatingLinesBase base) {
        if (base != null) {
            byte[] relative = WorksheetLines.encode(rating, base.reference());
            if (WorksheetLines.isRelative(relative) && relative.length <= base.storedLength() * REBASE_SHARE) {
                return new StoredRatingLines(relative, null, base);
            }
        }
        byte[] whole = WorksheetLines.encode(rating);
        RatingLinesBase newBase = RatingLinesBase.stored(whole);
        return new StoredRatingLines(WorksheetLines.encode(rating, newBase.reference()), whole, newBase);
    }
}
