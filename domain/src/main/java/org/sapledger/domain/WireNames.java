package org.sapledger.domain;

import java.util.Locale;

/**
 * How messages and the API name the variant of a sealed type: the record's simple name in upper snake case
 * ({@code Wall} → {@code WALL}, {@code RoofWindow} → {@code ROOF_WINDOW}, {@code ChangeUValue} →
 * {@code CHANGE_U_VALUE}). One convention for stored events, snapshots and request bodies.
 */
public final class WireNames {

    private WireNames() {
    }

    public static String typeName(Class<?> variant) {
        return variant.getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
    }
}
