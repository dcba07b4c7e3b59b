package org.sapledger.domain.dwelling;

import java.util.Optional;

/** Orientation of an opening, with its SAP-Schema-19.1.0 {@code SAP-OrientationCode}. */
public enum Orientation {
    NORTH(1), NORTH_EAST(2), EAST(3), SOUTH_EAST(4), SOUTH(5), SOUTH_WEST(6), WEST(7), NORTH_WEST(8),
    /** Horizontal (windows and roof windows only). */
    HORIZONTAL(9);

    private final int code;

    Orientation(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The orientation for a schema code; empty for 0 (unknown) or any other code. */
    public static Optional<Orientation> fromCode(int code) {
        for (Orientation o : values()) {
            if (o.code == code) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
