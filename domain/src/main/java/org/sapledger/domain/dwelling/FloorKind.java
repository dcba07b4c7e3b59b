package org.sapledger.domain.dwelling;

/** A heat-loss floor: ground floor (line (28a)) or exposed floor (line (28b)). */
public enum FloorKind {
    GROUND, EXPOSED
}
