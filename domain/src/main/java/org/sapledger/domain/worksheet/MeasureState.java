package org.sapledger.domain.worksheet;

import org.sapledger.domain.plan.Measure;

/**
 * A scenario's measure and whether it applies to the current baseline.
 *
 * @param measureId the measure's id
 * @param measure   the measure
 * @param status    {@link Status#APPLIED}, or {@link Status#NOT_APPLICABLE} when its element is gone
 */
public record MeasureState(String measureId, Measure measure, Status status) {

    /** Whether a measure could be applied to the scenario's dwelling. */
    public enum Status {
        APPLIED, NOT_APPLICABLE
    }
}
