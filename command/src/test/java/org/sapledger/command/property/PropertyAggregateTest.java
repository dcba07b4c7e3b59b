package org.sapledger.command.property;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.command.InvalidCommandException;
import org.sapledger.command.UnknownEntityException;
import org.sapledger.domain.CommandAccepted;
import org.sapledger.domain.property.ChangePostcode;
import org.sapledger.domain.property.DwellingType;
import org.sapledger.domain.property.PostcodeChanged;
import org.sapledger.domain.property.PropertyRegistered;
import org.sapledger.domain.property.RegisterProperty;

class PropertyAggregateTest {

    private static final String ID = "6f1c2f3e-0000-4000-8000-000000000001";
    private static final String ORG = TestDwellings.ORGANISATION;

    private FixtureConfiguration<PropertyAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = TestDwellings.fixture();
    }

    @Test
    void registeringAPropertyRecordsItsAddressClimateAndBuiltForm() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProperty(ID, ORG, "1 High Street, Loughborough", "LE11 3TU", 0,
                        DwellingType.HOUSE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PropertyRegistered(ID, ORG, "1 High Street, Loughborough", "LE11 3TU", 0,
                        DwellingType.HOUSE))
                .expectResultMessagePayload(new CommandAccepted(ID, 0));
    }

    @Test
    void registrationStoresTheCanonicalPostcodeAndTrimmedAddress() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProperty(ID, ORG, "  2 Low Road ", "le113tu", 21, DwellingType.PARK_HOME))
                .expectEvents(new PropertyRegistered(ID, ORG, "2 Low Road", "LE11 3TU", 21,
                        DwellingType.PARK_HOME));
    }

    @Test
    void registrationRejectsEveryBadFieldAtOnceAndAppendsNothing() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProperty(ID, ORG, " ", "not a postcode", 22, null))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(
                        allOf(containsString("addressLine"), containsString("postcode"),
                                containsString("climateRegion"), containsString("dwellingType")));
    }

    @Test
    void aNegativeClimateRegionIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProperty(ID, ORG, "1 High Street", "LE11 3TU", -1, DwellingType.FLAT))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("climateRegion"));
    }

    @Test
    void anAddressLongerThanTheLimitIsRejected() {
        String longAddress = "x".repeat(PropertyAggregate.MAX_ADDRESS_LENGTH + 1);
        fixture.givenNoPriorActivity()
                .when(new RegisterProperty(ID, ORG, longAddress, "LE11 3TU", 3, DwellingType.FLAT))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("addressLine"));
    }

    @Test
    void registrationNeedsTheOwningOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProperty(ID, " ", "1 High Street", "LE11 3TU", 3, DwellingType.FLAT))
                .expectNoEvents()
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage(containsString("organisationId"));
    }

    @Test
    void toAnotherOrganisationThePropertyDoesNotExist() {
        TestDwellings.fixtureFor("org-b")
                .given(TestDwellings.registered())
                .when(new ChangePostcode(TestDwellings.PROPERTY, null, "SW1A 1AA"))
                .expectNoEvents()
                .expectException(UnknownEntityException.class);
    }

    @Test
    void aCommandThatNamesNoOrganisationIsRefused() {
        new AggregateTestFixture<>(PropertyAggregate.class)
                .given(TestDwellings.registered())
                .when(new ChangePostcode(TestDwellings.PROPERTY, null, "SW1A 1AA"))
                .expectNoEvents()
                .expectException(UnknownEntityException.class);
    }

    @Test
    void itsOwnOrganisationChangesIt() {
        fixture.given(TestDwellings.registered())
                .when(new ChangePostcode(TestDwellings.PROPERTY, null, "SW1A 1AA"))
                .expectEvents(new PostcodeChanged(TestDwellings.PROPERTY, "LE11 3TU", "SW1A 1AA"));
    }
}
