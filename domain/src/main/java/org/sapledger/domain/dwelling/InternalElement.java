package org.sapledger.domain.dwelling;

import java.util.OptionalDouble;

/**
 * An internal element (no heat loss; heat capacity only).
 *
 * @param id stable id
 * @param kind wall, floor or ceiling
 * @param area area, m²
 * @param kappa heat capacity per unit area, kJ/m²K, if known
 */
public record InternalElement(String id, InternalElementKind kind, double area, OptionalDouble kappa) {
}
