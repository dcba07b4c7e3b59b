package org.sapledger.domain.dwelling;

import java.util.Optional;

/** Glazing type, with its SAP-Schema-19.1.0 {@code SAP-GlazingTypeCode}. */
public enum GlazingType {
    NOT_GLAZED(1), SINGLE(2), DOUBLE(3), DOUBLE_LOW_E_HARD_02(4), DOUBLE_LOW_E_HARD_015(5),
    DOUBLE_LOW_E_SOFT_01(6), DOUBLE_LOW_E_SOFT_005(7), TRIPLE(8), TRIPLE_LOW_E_HARD_02(9),
    TRIPLE_LOW_E_HARD_015(10), TRIPLE_LOW_E_SOFT_01(11), TRIPLE_LOW_E_SOFT_005(12), SECONDARY(13);

    private final int code;

    GlazingType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<GlazingType> fromCode(int code) {
        for (GlazingType g : values()) {
            if (g.code == code) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
