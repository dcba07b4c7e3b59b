package org.sapledger.command.property;

import static org.hamcrest.Matchers.containsString;
import static org.sapledger.command.property.TestDwellings.FLOOR;
import static org.sapledger.command.property.TestDwellings.PROPERTY;
import static org.sapledger.command.property.TestDwellings.ROOF;
import static org.sapledger.command.property.TestDwellings.WALL;
import static org.sapledger.command.property.TestDwellings.WINDOW;
import static org.sapledger.command.property.TestDwellings.imported;
import static org.sapledger.command.property.TestDwellings.registered;

import java.util.List;
import java.util.OptionalDouble;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.command.InvalidCommandException;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.CommandAccepted;
import org.sapledger.domain.dwelling.AirTightness;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.CoolingEnergyClass;
import org.sapledger.domain.dwelling.Door;
import org.sapledger.domain.dwelling.MechanicalVentilation;
import org.sapledger.domain.dwelling.Storey;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.ThermalMass;
import org.sapledger.domain.dwelling.Ventilation;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.dwelling.Window;
import org.sapledger.domain.property.AddElement;
import org.sapledger.domain.property.BaselineImported;
import org.sapledger.domain.property.ChangeClimateRegion;
import org.sapledger.domain.property.ChangeElement;
import org.sapledger.domain.property.ChangePostcode;
import org.sapledger.domain.property.ClimateRegionChanged;
import org.sapledger.domain.property.CoolingChanged;
import org.sapledger.domain.property.CoolingInstalled;
import org.sapledger.domain.property.CoolingRemoved;
import org.sapledger.domain.property.DwellingType;
import org.sapledger.domain.property.ElementAdded;
import org.sapledger.domain.property.ElementChanged;
import org.sapledger.domain.property.ElementRemoved;
import org.sapledger.domain.property.ImportProperty;
import org.sapledger.domain.property.PostcodeChanged;
import org.sapledger.domain.property.PropertyImported;
import org.sapledger.domain.property.RemoveCooling;
import org.sapledger.domain.property.RemoveElement;
import org.sapledger.domain.property.SetCooling;
import org.sapledger.domain.property.SetStoreys;
import org.sapledger.domain.property.SetThermalBridging;
import org.sapledger.domain.property.SetThermalMass;
import org.sapledger.domain.property.SetVentilation;
import org.sapledger.domain.property.StoreysChanged;
import org.sapledger.domain.property.ThermalBridgingChanged;
import org.sapledger.domain.property.ThermalMassChanged;
import org.sapledger.domain.property.VentilationChanged;

/** The baseline commands: each change as an event with old and new values, and each invariant as a rejection. */
class BaselineCommandsTest {

    private static final Cooling AIR_CON = new Cooling(40, new CoolingEfficiency.DeclaredSeer(5.1));

    private FixtureConfiguration<PropertyAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = TestDwellings.fixture();
    }

    @Test
    void changingAWallUValueRecordsTheWallBeforeAndAfter() {
        Wall insulated = WALL.withUValue(0.18);
        fixture.given(registered(), imported())
                .when(new ChangeElement(PROPERTY, null, insulated))
                .expectEvents(new ElementChanged(PROPERTY, WALL.id(), WALL, insulated))
                .expectResultMessagePayload(new CommandAccepted(PROPERTY, 2));
    }

    @Test
    void aChangeThatChangesNothingAppendsNothing() {
        fixture.given(registered(), imported())
                .when(new ChangeElement(PROPERTY, null, WALL))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandAccepted(PROPERTY, 1));
    }

    @Test
    void aUValueAboveTenIsRejectedNamingTheField() {
        fixture.given(registered(), imported())
                .when(new ChangeElement(PROPERTY, null, WALL.withUValue(12)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("walls[wall-1].uValue"));
    }

    @Test
    void changingAnElementIntoAnotherKindIsRejected() {
        fixture.given(registered(), imported())
                .when(new ChangeElement(PROPERTY, null, new Door(WALL.id(), ROOF.id(), 2, 3)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("WALL"));
    }

    @Test
    void changingAnUnknownElementIsNotFound() {
        fixture.given(registered(), imported())
                .when(new ChangeElement(PROPERTY, null, new Wall("nope", 10, 0.3, OptionalDouble.empty())))
                .expectNoEvents()
                .expectException(UnknownEntityException.class);
    }

    @Test
    void addingAnElementRecordsIt() {
        Door door = new Door("door-1", WALL.id(), 2, 3);
        fixture.given(registered(), imported())
                .when(new AddElement(PROPERTY, null, door))
                .expectEvents(new ElementAdded(PROPERTY, door))
                .expectResultMessagePayload(new CommandAccepted("door-1", 2));
    }

    @Test
    void elementIdsAreUnique() {
        fixture.given(registered(), imported())
                .when(new AddElement(PROPERTY, null, new Door(WINDOW.id(), WALL.id(), 2, 3)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("already exists"));
    }

    @Test
    void anOpeningMayNotExceedItsHostsGrossArea() {
        fixture.given(registered(), imported())
                .when(new AddElement(PROPERTY, null, new Window("window-2", WALL.id(), 115, WINDOW.orientation(),
                        2.0, WINDOW.glazing())))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("walls[wall-1].grossArea"));
    }

    @Test
    void anOpeningNeedsAnExistingHost() {
        fixture.given(registered(), imported())
                .when(new AddElement(PROPERTY, null, new Door("door-1", "no-such-wall", 2, 3)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("doors[door-1]"));
    }

    @Test
    void shrinkingAWallBelowItsOpeningsIsRejected() {
        fixture.given(registered(), imported())
                .when(new ChangeElement(PROPERTY, null, WALL.withArea(5)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("walls[wall-1].grossArea"));
    }

    @Test
    void removingAHostWithOpeningsIsRejectedUnlessTheOpeningsGoToo() {
        fixture.given(registered(), imported())
                .when(new RemoveElement(PROPERTY, null, WALL.id(), false))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("window-1"));
    }

    @Test
    void removingAHostWithItsOpeningsRemovesTheOpeningsFirst() {
        fixture.given(registered(), imported())
                .when(new RemoveElement(PROPERTY, null, WALL.id(), true))
                .expectEvents(new ElementRemoved(PROPERTY, WINDOW), new ElementRemoved(PROPERTY, WALL))
                .expectResultMessagePayload(new CommandAccepted(PROPERTY, 3));
    }

    @Test
    void removingAnUnknownElementIsNotFound() {
        fixture.given(registered(), imported())
                .when(new RemoveElement(PROPERTY, null, "nope", true))
                .expectNoEvents()
                .expectException(UnknownEntityException.class);
    }

    @Test
    void settingStoreysRecordsBeforeAndAfter() {
        List<Storey> twoStoreys = List.of(new Storey("storey-0", 50, 2.5), new Storey("storey-1", 50, 2.5));
        fixture.given(registered(), imported())
                .when(new SetStoreys(PROPERTY, null, twoStoreys))
                .expectEvents(new StoreysChanged(PROPERTY, List.of(TestDwellings.GROUND), twoStoreys));
    }

    @Test
    void aStoreyWithNoFloorAreaIsRejected() {
        fixture.given(registered(), imported())
                .when(new SetStoreys(PROPERTY, null, List.of(new Storey("storey-0", 0, 2.5))))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("floorArea"));
    }

    @Test
    void theCooledAreaMayNotExceedTheTotalFloorArea() {
        fixture.given(registered(), imported())
                .when(new SetCooling(PROPERTY, null, new Cooling(120, new CoolingEfficiency.DeclaredSeer(5.1))))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("cooledArea"));
    }

    @Test
    void shrinkingTheFloorAreaBelowTheCooledAreaIsRejected() {
        fixture.given(registered(), imported(), new CoolingInstalled(PROPERTY, AIR_CON))
                .when(new SetStoreys(PROPERTY, null, List.of(new Storey("storey-0", 30, 2.5))))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("cooledArea"));
    }

    @Test
    void coolingIsInstalledThenChangedThenRemoved() {
        Cooling classA = new Cooling(60, new CoolingEfficiency.EnergyClass(CoolingEnergyClass.A_PLUS));
        fixture.given(registered(), imported())
                .when(new SetCooling(PROPERTY, null, AIR_CON))
                .expectEvents(new CoolingInstalled(PROPERTY, AIR_CON));
        fixture.given(registered(), imported(), new CoolingInstalled(PROPERTY, AIR_CON))
                .when(new SetCooling(PROPERTY, null, classA))
                .expectEvents(new CoolingChanged(PROPERTY, AIR_CON, classA));
        fixture.given(registered(), imported(), new CoolingInstalled(PROPERTY, AIR_CON))
                .when(new RemoveCooling(PROPERTY, null))
                .expectEvents(new CoolingRemoved(PROPERTY, AIR_CON));
    }

    @Test
    void aZeroCooledAreaIsRejectedInFavourOfRemoval() {
        fixture.given(registered(), imported())
                .when(new SetCooling(PROPERTY, null, new Cooling(0, new CoolingEfficiency.DeclaredSeer(5.1))))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("cooledArea"));
    }

    @Test
    void anImpossibleSeerIsRejected() {
        fixture.given(registered(), imported())
                .when(new SetCooling(PROPERTY, null, new Cooling(40, new CoolingEfficiency.DeclaredSeer(-1))))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("cooling"));
    }

    @Test
    void thermalBridgingAndThermalMassChangesRecordBeforeAndAfter() {
        fixture.given(registered(), imported())
                .when(new SetThermalBridging(PROPERTY, null, new ThermalBridging.YValue(0.08)))
                .expectEvents(new ThermalBridgingChanged(PROPERTY, ThermalBridging.DEFAULT,
                        new ThermalBridging.YValue(0.08)));
        fixture.given(registered(), imported())
                .when(new SetThermalMass(PROPERTY, null, ThermalMass.declared(100)))
                .expectEvents(new ThermalMassChanged(PROPERTY, TestDwellings.surveyed().thermalMass(),
                        ThermalMass.declared(100)));
    }

    @Test
    void aYValueOutOfRangeIsRejected() {
        fixture.given(registered(), imported())
                .when(new SetThermalBridging(PROPERTY, null, new ThermalBridging.YValue(3)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("thermalBridging.y"));
    }

    @Test
    void climateRegionAndPostcodeChangesRecordBeforeAndAfter() {
        fixture.given(registered(), imported())
                .when(new ChangeClimateRegion(PROPERTY, null, 6))
                .expectEvents(new ClimateRegionChanged(PROPERTY, 0, 6));
        fixture.given(registered(), imported())
                .when(new ChangePostcode(PROPERTY, null, "sw1a1aa"))
                .expectEvents(new PostcodeChanged(PROPERTY, "LE11 3TU", "SW1A 1AA"));
    }

    @Test
    void aClimateRegionOutsideAppendixUIsRejected() {
        fixture.given(registered(), imported())
                .when(new ChangeClimateRegion(PROPERTY, null, 22))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("climateRegion"));
    }

    @Test
    void aStaleExpectedVersionIsAConflict() {
        fixture.given(registered(), imported(), new CoolingInstalled(PROPERTY, AIR_CON))
                .when(new ChangeElement(PROPERTY, 1L, FLOOR.withUValue(0.3)))
                .expectNoEvents()
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void theCurrentExpectedVersionIsAccepted() {
        fixture.given(registered(), imported(), new CoolingInstalled(PROPERTY, AIR_CON))
                .when(new ChangeElement(PROPERTY, 2L, FLOOR.withUValue(0.3)))
                .expectEvents(new ElementChanged(PROPERTY, FLOOR.id(), FLOOR, FLOOR.withUValue(0.3)));
    }

    @Test
    void importingAPropertyRegistersItAndSetsItsBaseline() {
        fixture.givenNoPriorActivity()
                .when(new ImportProperty(PROPERTY, TestDwellings.ORGANISATION, "1 High Street", "LE11 3TU", 0,
                        DwellingType.HOUSE,
                        TestDwellings.surveyed(), List.of("Heating: not used")))
                .expectEvents(registered(), new BaselineImported(PROPERTY, TestDwellings.surveyed(),
                        List.of("Heating: not used")))
                .expectResultMessagePayload(new PropertyImported(PROPERTY, 1, List.of("Heating: not used")));
    }

    @Test
    void anImportWithAnImpossibleValueIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new ImportProperty(PROPERTY, TestDwellings.ORGANISATION, "1 High Street", "LE11 3TU", 0,
                        DwellingType.HOUSE,
                        TestDwellings.surveyed().withWalls(List.of(WALL.withUValue(-1))), List.of()))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("walls[wall-1].uValue"));
    }

    @Test
    void ventilationChangesRecordBeforeAndAfter() {
        Ventilation before = TestDwellings.surveyed().ventilation();
        Ventilation after = new Ventilation(1, 0, 0, 0, 0, 0, 2, 0, 0,
                new AirTightness.PressureTest(AirTightness.TestPressure.AP50, 5), 2, MechanicalVentilation.NATURAL);
        fixture.given(registered(), imported())
                .when(new SetVentilation(PROPERTY, null, after))
                .expectEvents(new VentilationChanged(PROPERTY, before, after));
    }

    @Test
    void aNegativeCountOfChimneysIsRejected() {
        Ventilation v = TestDwellings.surveyed().ventilation();
        fixture.given(registered(), imported())
                .when(new SetVentilation(PROPERTY, null, new Ventilation(-1, 0, 0, 0, 0, 0, 0, 0, 0,
                        v.airTightness(), v.shelteredSides(), v.system())))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("ventilation.openChimneys"));
    }

    @Test
    void aThermalMassParameterOutOfRangeIsRejected() {
        fixture.given(registered(), imported())
                .when(new SetThermalMass(PROPERTY, null, ThermalMass.declared(-5)))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("thermalMass.thermalMassParameter"));
    }

    @Test
    void aMalformedPostcodeIsRejected() {
        fixture.given(registered(), imported())
                .when(new ChangePostcode(PROPERTY, null, "12345"))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("postcode"));
    }

    @Test
    void removingCoolingThatIsNotThereChangesNothing() {
        fixture.given(registered(), imported())
                .when(new RemoveCooling(PROPERTY, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandAccepted(PROPERTY, 1));
    }
}
