package org.sapledger.domain.worksheet;

/**
 * A scenario's figure against the baseline's.
 *
 * @param absolute scenario − baseline, in the figure's unit
 * @param percent  100 × (scenario − baseline) ÷ baseline; null when the baseline figure is 0
 */
public record Difference(double absolute, Double percent) {

    /** The change from {@code baseline} to {@code scenario}. */
    public static Difference of(double baseline, double scenario) {
        double absolute = scenario - baseline;
        return new Difference(absolute, baseline == 0 ? null : 100 * absolute / baseline);
    }
}
