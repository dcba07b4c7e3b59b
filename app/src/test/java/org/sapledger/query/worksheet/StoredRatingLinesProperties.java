package org.sapledger.query.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.ThermalMass;
import org.sapledger.sapxml.SapXmlReader;

/**
 * For any history of fabric and cooling changes, the RATING lines written relative to the row's base read back bit
 * for bit, the base is kept while the difference from it takes at most half its size, and a new base is the lines
 * themselves.
 */
class StoredRatingLinesProperties {

    private static final Path M1_XML = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");
    private static final Dwelling M1 = m1();

    @Provide
    Arbitrary<List<UnaryOperator<Dwelling>>> histories() {
        Arbitrary<UnaryOperator<Dwelling>> wallU = Arbitraries.doubles().between(0.1, 2.0).ofScale(3)
                .map(u -> d -> d.withWalls(d.walls().stream().map(w -> w.withUValue(u)).toList()));
        Arbitrary<UnaryOperator<Dwelling>> cooling = Arbitraries.doubles().between(0, 90).ofScale(1)
                .map(area -> d -> d.withCooling(area == 0 ? Cooling.NONE
                        : new Cooling(area, new CoolingEfficiency.DeclaredSeer(4.2))));
        Arbitrary<UnaryOperator<Dwelling>> thermalMass = Arbitraries.doubles().between(50, 450).ofScale(0)
                .map(tmp -> d -> d.withThermalMass(ThermalMass.declared(tmp)));
        Arbitrary<UnaryOperator<Dwelling>> yValue = Arbitraries.doubles().between(0.02, 0.25).ofScale(3)
                .map(y -> d -> d.withThermalBridging(new ThermalBridging.YValue(y)));
        return Arbitraries.oneOf(wallU, cooling, thermalMass, yValue).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 200)
    void storedLinesReadBackAndTheBaseIsRewrittenOnlyWhenTheyDrift(
            @ForAll("histories") List<UnaryOperator<Dwelling>> history) {
        Dwelling dwelling = M1;
        RatingLinesBase base = null;
        for (UnaryOperator<Dwelling> change : history) {
            dwelling = change.apply(dwelling);
            Worksheet rating = Worksheet.calculate(dwelling, CalculationBasis.RATING);

            StoredRatingLines stored = StoredRatingLines.of(rating, base);

            assertThat(WorksheetLines.decode(stored.lines(), stored.base().lines())).isEqualTo(rating.lines());
            if (stored.newBase() == null) {
                assertThat(stored.base()).isSameAs(base);
                assertThat(stored.lines().length).isLessThanOrEqualTo((int) (base.storedLength()
                        * StoredRatingLines.REBASE_SHARE));
            } else {
                assertThat(WorksheetLines.decode(stored.newBase())).isEqualTo(rating.lines());
                assertThat(stored.base().storedLength()).isEqualTo(stored.newBase().length);
            }
            base = stored.base();
        }
    }

    private static Dwelling m1() {
        try {
            return SapXmlReader.read(Files.readString(M1_XML), ClimateRegion.UK_AVERAGE).dwelling();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
