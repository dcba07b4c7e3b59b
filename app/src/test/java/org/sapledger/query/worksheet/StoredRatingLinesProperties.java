package org.sapledger.query.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * For any history of fabric and cooling changes, the RATING lines written relative to the row's base read back bit
 * for bit, the base is kept while the difference from it takes at most half its size, and a new base is the lines
 * themselves.
 */
class StoredRatingLinesProperties {

    @Provide
    Arbitrary<List<UnaryOperator<Dwelling>>> histories() {
        return Arbitraries.oneOf(DwellingChanges.wallU(), DwellingChanges.cooling(0, 90),
                DwellingChanges.thermalMass(), DwellingChanges.yValue()).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 200)
    void storedLinesReadBackAndTheBaseIsRewrittenOnlyWhenTheyDrift(
            @ForAll("histories") List<UnaryOperator<Dwelling>> history) {
        Dwelling dwelling = DwellingChanges.M1;
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
}
