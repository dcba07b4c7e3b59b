package org.sapledger.domain.dwelling;

/** Internal elements, which only contribute heat capacity (lines (32a)–(32e), (34)). */
public enum InternalElementKind {
    INTERNAL_WALL, INTERNAL_FLOOR, INTERNAL_CEILING
}
