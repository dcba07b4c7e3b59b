package org.sapledger.domain.worksheet;

/**
 * Query: a plan's scenarios side by side with the baseline; answered with an {@code Optional<PlanComparison>}.
 *
 * @param planId the plan's id
 * @param basis  RATING (UK average climate) or LOCAL (the property's region)
 */
public record FindPlanComparison(String planId, String basis) {
}
