package org.sapledger.domain.dwelling;

/**
 * One junction of a thermal-bridging list (line (36) as Σ ψ·L).
 *
 * @param id stable id
 * @param psi linear thermal transmittance, W/mK
 * @param length length, m
 */
public record LinearThermalBridge(String id, double psi, double length) {
}
