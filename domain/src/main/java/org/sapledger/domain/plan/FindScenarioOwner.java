package org.sapledger.domain.plan;

/**
 * Query: the property a scenario belongs to; answered with an {@code Optional<String>} property id.
 *
 * @param scenarioId the scenario's id
 */
public record FindScenarioOwner(String scenarioId) {
}
