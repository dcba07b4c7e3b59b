package org.sapledger.command.property;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.sapledger.domain.tenancy.Tenancy;

import java.util.List;
import java.util.OptionalDouble;

import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Dwellings;
import org.sapledger.domain.dwelling.Floor;
import org.sapledger.domain.dwelling.FloorKind;
import org.sapledger.domain.dwelling.Glazing;
import org.sapledger.domain.dwelling.GlazingType;
import org.sapledger.domain.dwelling.Orientation;
import org.sapledger.domain.dwelling.Roof;
import org.sapledger.domain.dwelling.Storey;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.dwelling.Window;
import org.sapledger.domain.property.BaselineImported;
import org.sapledger.domain.property.DwellingType;
import org.sapledger.domain.property.PropertyRegistered;

/** A small surveyed dwelling for aggregate tests: 100 m², one wall with one window, a roof and a floor. */
final class TestDwellings {

    static final String PROPERTY = "6f1c2f3e-0000-4000-8000-000000000001";
    static final Wall WALL = new Wall("wall-1", 120, 0.5, OptionalDouble.empty());
    static final Window WINDOW = new Window("window-1", "wall-1", 7.5, Orientation.SOUTH, 2.0,
            Glazing.of(GlazingType.DOUBLE));
    static final Roof ROOF = new Roof("roof-1", 100, 0.2, OptionalDouble.empty());
    static final Floor FLOOR = new Floor("floor-1", FloorKind.GROUND, 100, 0.5, OptionalDouble.empty());
    static final Storey GROUND = new Storey("storey-0", 100, 3);

    /** The organisation that owns the property under test; every command is issued for it unless said. */
    static final String ORGANISATION = "org-a";

    private TestDwellings() {
    }

    static Dwelling surveyed() {
        Dwelling empty = Dwellings.unsurveyed(ClimateRegion.UK_AVERAGE);
        return empty.withStoreys(List.of(GROUND)).withWalls(List.of(WALL)).withWindows(List.of(WINDOW))
                .withRoofs(List.of(ROOF)).withFloors(List.of(FLOOR));
    }

    static PropertyRegistered registered() {
        return new PropertyRegistered(PROPERTY, ORGANISATION, "1 High Street", "LE11 3TU", 0, DwellingType.HOUSE);
    }

    /**
     * A fixture for the property aggregate whose commands are issued for {@link #ORGANISATION}, as the API does
     * for a caller of that organisation (command metadata {@link Tenancy#ORGANISATION_METADATA_KEY}).
     */
    static AggregateTestFixture<PropertyAggregate> fixture() {
        return fixtureFor(ORGANISATION);
    }

    /** A fixture whose commands are issued for the given organisation. */
    static AggregateTestFixture<PropertyAggregate> fixtureFor(String organisation) {
        AggregateTestFixture<PropertyAggregate> fixture = new AggregateTestFixture<>(PropertyAggregate.class);
        fixture.registerCommandDispatchInterceptor(commands -> (index, command) ->
                command.andMetaData(Map.of(Tenancy.ORGANISATION_METADATA_KEY, organisation)));
        return fixture;
    }

    static BaselineImported imported() {
        return new BaselineImported(PROPERTY, surveyed(), List.of());
    }
}
