package org.sapledger.calc.graph;

/** Shape of a line's value. */
public enum ValueKind {
    /** One number. */
    SCALAR,
    /** Twelve numbers, January to December. */
    MONTHLY
}
