package org.sapledger.domain.dwelling;

import java.util.Optional;

/** Overshading of windows (Table 6d), with its SAP-Schema-19.1.0 {@code Windows-Overshading} code. */
public enum Overshading {
    VERY_LITTLE(1), AVERAGE_OR_UNKNOWN(2), MORE_THAN_AVERAGE(3), HEAVY(4);

    private final int code;

    Overshading(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<Overshading> fromCode(int code) {
        for (Overshading o : values()) {
            if (o.code == code) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
