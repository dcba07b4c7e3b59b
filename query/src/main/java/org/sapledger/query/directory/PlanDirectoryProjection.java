package org.sapledger.query.directory;

import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.sapledger.domain.plan.FindPlanOwner;
import org.sapledger.domain.plan.FindScenarioOwner;
import org.sapledger.domain.plan.PlanCreated;
import org.sapledger.domain.plan.ScenarioAdded;
import org.sapledger.domain.property.PropertyRegistered;
import org.sapledger.domain.tenancy.FindPropertyOrganisation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which organisation owns each property, and which property each plan and scenario. Runs in a subscribing processor, inside the transaction that appends
 * the events, so the directory is never behind the event store: a plan can take scenarios, and a scenario
 * measures, as soon as its creation has been answered.
 */
@Component
@ProcessingGroup(PlanDirectoryProjection.PROCESSING_GROUP)
public class PlanDirectoryProjection {

    /** The subscribing event processor that keeps the directory. */
    public static final String PROCESSING_GROUP = "plan-directory";

    private final JdbcTemplate jdbc;

    public PlanDirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PropertyRegistered event) {
        jdbc.update("INSERT INTO property_owner (property_id, organisation_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.propertyId(), event.organisationId());
    }

    @EventHandler
    void on(PlanCreated event) {
        jdbc.update("INSERT INTO plan_directory (plan_id, property_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.planId(), event.propertyId());
    }

    @EventHandler
    void on(ScenarioAdded event) {
        jdbc.update("""
                INSERT INTO scenario_directory (scenario_id, plan_id, property_id) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", event.scenarioId(), event.planId(), event.propertyId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM scenario_directory");
        jdbc.update("DELETE FROM plan_directory");
        jdbc.update("DELETE FROM property_owner");
    }

    @QueryHandler
    public Optional<String> handle(FindPropertyOrganisation query) {
        return jdbc.queryForList("SELECT organisation_id FROM property_owner WHERE property_id = ?", String.class,
                query.propertyId()).stream().findFirst();
    }

    @QueryHandler
    public Optional<String> handle(FindPlanOwner query) {
        return jdbc.queryForList("SELECT property_id FROM plan_directory WHERE plan_id = ?", String.class,
                query.planId()).stream().findFirst();
    }

    @QueryHandler
    public Optional<String> handle(FindScenarioOwner query) {
        return jdbc.queryForList("SELECT property_id FROM scenario_directory WHERE scenario_id = ?", String.class,
                query.scenarioId()).stream().findFirst();
    }
}
