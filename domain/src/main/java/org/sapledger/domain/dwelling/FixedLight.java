package org.sapledger.domain.dwelling;

/**
 * A group of fixed lights (Appendix L).
 *
 * @param efficacy lm/W
 * @param power W per outlet
 * @param outlets number of outlets
 */
public record FixedLight(double efficacy, double power, int outlets) {
}
