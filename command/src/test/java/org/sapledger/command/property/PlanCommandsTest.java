package org.sapledger.command.property;

import static org.hamcrest.Matchers.containsString;
import static org.sapledger.command.property.TestDwellings.PROPERTY;
import static org.sapledger.command.property.TestDwellings.WALL;
import static org.sapledger.command.property.TestDwellings.WINDOW;
import static org.sapledger.command.property.TestDwellings.imported;
import static org.sapledger.command.property.TestDwellings.registered;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.command.InvalidCommandException;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.CommandAccepted;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.plan.AddMeasure;
import org.sapledger.domain.plan.AddScenario;
import org.sapledger.domain.plan.CreatePlan;
import org.sapledger.domain.plan.Measure;
import org.sapledger.domain.plan.MeasureAdded;
import org.sapledger.domain.plan.MeasureRemoved;
import org.sapledger.domain.plan.PlanCreated;
import org.sapledger.domain.plan.RemoveMeasure;
import org.sapledger.domain.plan.ScenarioAdded;

/** Plans hold named scenarios; scenarios hold ordered measures that must apply to the baseline when added. */
class PlanCommandsTest {

    private static final String PLAN = "plan-1";
    private static final String SCENARIO = "scenario-1";
    private static final Measure INSULATE_WALL = new Measure.ChangeUValue(WALL.id(), 0.18);

    private FixtureConfiguration<PropertyAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = TestDwellings.fixture();
    }

    @Test
    void creatingAPlanAnswersThePlanIdAndTheNewVersion() {
        fixture.given(registered(), imported())
                .when(new CreatePlan(PROPERTY, null, PLAN, "  Fabric first "))
                .expectEvents(new PlanCreated(PROPERTY, PLAN, "Fabric first"))
                .expectResultMessagePayload(new CommandAccepted(PLAN, 2));
    }

    @Test
    void planNamesAreUniqueWithinAProperty() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"))
                .when(new CreatePlan(PROPERTY, null, "plan-2", "fabric FIRST"))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("name"));
    }

    @Test
    void aPlanNeedsAName() {
        fixture.given(registered(), imported())
                .when(new CreatePlan(PROPERTY, null, PLAN, " "))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("name"));
    }

    @Test
    void addingAScenarioToAPlan() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"))
                .when(new AddScenario(PROPERTY, null, PLAN, SCENARIO, "Wall insulation"))
                .expectEvents(new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Wall insulation"))
                .expectResultMessagePayload(new CommandAccepted(SCENARIO, 3));
    }

    @Test
    void scenarioNamesAreUniqueWithinAPlan() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Wall insulation"))
                .when(new AddScenario(PROPERTY, null, PLAN, "scenario-2", "wall insulation"))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("name"));
    }

    @Test
    void aScenarioNeedsAnExistingPlan() {
        fixture.given(registered(), imported())
                .when(new AddScenario(PROPERTY, null, "no-plan", SCENARIO, "Wall insulation"))
                .expectNoEvents()
                .expectException(UnknownEntityException.class);
    }

    @Test
    void addingAMeasureThatAppliesToTheBaseline() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Wall insulation"))
                .when(new AddMeasure(PROPERTY, null, SCENARIO, "measure-1", INSULATE_WALL))
                .expectEvents(new MeasureAdded(PROPERTY, PLAN, SCENARIO, "measure-1", INSULATE_WALL))
                .expectResultMessagePayload(new CommandAccepted("measure-1", 4));
    }

    @Test
    void aMeasureOnAnUnknownElementIsRejected() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Wall insulation"))
                .when(new AddMeasure(PROPERTY, null, SCENARIO, "measure-1", new Measure.ChangeUValue("nope", 0.2)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("elementId"));
    }

    @Test
    void aMeasureWithAnImpossibleValueIsRejected() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Wall insulation"))
                .when(new AddMeasure(PROPERTY, null, SCENARIO, "measure-1", new Measure.ChangeUValue(WALL.id(), 0)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("uValue"));
    }

    @Test
    void aCoolingMeasureMayNotCoolMoreThanTheFloorArea() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Cooling"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Whole house AC"))
                .when(new AddMeasure(PROPERTY, null, SCENARIO, "measure-1",
                        new Measure.SetCooling(new Cooling(150, new CoolingEfficiency.DeclaredSeer(5.1)))))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("cooledArea"));
    }

    @Test
    void aMeasureMayUseAnElementAddedByAnEarlierMeasure() {
        Measure addDoor = new Measure.AddElement(new org.sapledger.domain.dwelling.Door("door-9", WALL.id(), 2, 3));
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "New door"),
                        new MeasureAdded(PROPERTY, PLAN, SCENARIO, "measure-1", addDoor))
                .when(new AddMeasure(PROPERTY, null, SCENARIO, "measure-2", new Measure.ChangeUValue("door-9", 1.0)))
                .expectEvents(new MeasureAdded(PROPERTY, PLAN, SCENARIO, "measure-2",
                        new Measure.ChangeUValue("door-9", 1.0)));
    }

    @Test
    void removingAMeasureRecordsWhatItWas() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Wall insulation"),
                        new MeasureAdded(PROPERTY, PLAN, SCENARIO, "measure-1", INSULATE_WALL))
                .when(new RemoveMeasure(PROPERTY, null, SCENARIO, "measure-1"))
                .expectEvents(new MeasureRemoved(PROPERTY, PLAN, SCENARIO, "measure-1", INSULATE_WALL));
    }

    @Test
    void removingAnUnknownMeasureIsNotFound() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Fabric first"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Wall insulation"))
                .when(new RemoveMeasure(PROPERTY, null, SCENARIO, "nope"))
                .expectNoEvents()
                .expectException(UnknownEntityException.class);
    }

    @Test
    void aMeasureSurvivesTheRemovalOfItsElementFromTheBaseline() {
        fixture.given(registered(), imported(), new PlanCreated(PROPERTY, PLAN, "Glazing"),
                        new ScenarioAdded(PROPERTY, PLAN, SCENARIO, "Triple glazing"),
                        new MeasureAdded(PROPERTY, PLAN, SCENARIO, "measure-1",
                                new Measure.ChangeUValue(WINDOW.id(), 0.8)),
                        new org.sapledger.domain.property.ElementRemoved(PROPERTY, WINDOW))
                .when(new RemoveMeasure(PROPERTY, null, SCENARIO, "measure-1"))
                .expectEvents(new MeasureRemoved(PROPERTY, PLAN, SCENARIO, "measure-1",
                        new Measure.ChangeUValue(WINDOW.id(), 0.8)));
    }
}
