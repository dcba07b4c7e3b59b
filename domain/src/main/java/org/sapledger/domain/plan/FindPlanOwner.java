package org.sapledger.domain.plan;

/**
 * Query: the property a plan belongs to; answered with an {@code Optional<String>} property id.
 *
 * @param planId the plan's id
 */
public record FindPlanOwner(String planId) {
}
