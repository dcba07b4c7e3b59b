package org.sapledger.query.worksheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.ThermalMass;
import org.sapledger.sapxml.SapXmlReader;

/** The M1 reference dwelling and generators of the fabric and cooling changes the worksheets' properties apply. */
final class DwellingChanges {

    private static final Path M1_XML = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");

    /** The M1 reference dwelling: detached, 100 m² of floor, UK average climate. */
    static final Dwelling M1 = read(M1_XML);

    private DwellingChanges() {
    }

    /** Every wall's U-value set to one value. */
    static Arbitrary<UnaryOperator<Dwelling>> wallU() {
        return Arbitraries.doubles().between(0.1, 2.0).ofScale(3)
                .map(u -> d -> d.withWalls(d.walls().stream().map(w -> w.withUValue(u)).toList()));
    }

    /** Cooling of a cooled area between {@code minArea} and {@code maxArea} m² (none at 0). */
    static Arbitrary<UnaryOperator<Dwelling>> cooling(double minArea, double maxArea) {
        return Arbitraries.doubles().between(minArea, maxArea).ofScale(1)
                .map(area -> d -> d.withCooling(area == 0 ? Cooling.NONE
                        : new Cooling(area, new CoolingEfficiency.DeclaredSeer(4.2))));
    }

    /** A declared thermal mass parameter. */
    static Arbitrary<UnaryOperator<Dwelling>> thermalMass() {
        return Arbitraries.doubles().between(50, 450).ofScale(0)
                .map(tmp -> d -> d.withThermalMass(ThermalMass.declared(tmp)));
    }

    /** A y-value for the thermal bridging. */
    static Arbitrary<UnaryOperator<Dwelling>> yValue() {
        return Arbitraries.doubles().between(0.02, 0.25).ofScale(3)
                .map(y -> d -> d.withThermalBridging(new ThermalBridging.YValue(y)));
    }

    private static Dwelling read(Path xml) {
        try {
            return SapXmlReader.read(Files.readString(xml), ClimateRegion.UK_AVERAGE).dwelling();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
