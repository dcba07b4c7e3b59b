package org.sapledger.calc.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.calc.fixtures.RandomDwellings;
import org.sapledger.calc.validation.InvalidDwellingException;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * Moving a worksheet from one dwelling to another by their difference ({@link DwellingDiff}) gives bit for bit
 * the values of a full evaluation of the other dwelling, also when the worksheet was restored from stored lines.
 */
class DwellingDiffProperties {

    @Property(tries = 300)
    void applyingTheDifferenceOfTwoDwellingsEqualsAFullEvaluation(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 8) int changes, @ForAll CalculationBasis basis) {
        Dwelling before = RandomDwellings.dwelling(seed);
        Dwelling after = before;
        Random r = new Random(seed * 31 + 7);
        for (int i = 0; i < changes; i++) {
            Dwelling candidate = RandomDwellings.change(after, r).applyTo(after);
            if (isValid(candidate)) {
                after = candidate;
            }
        }
        Worksheet start = Worksheet.calculate(before, basis);
        Worksheet restored = Worksheet.restore(before, basis, start.lines());

        Worksheet moved = restored.apply(DwellingDiff.between(before, after)).worksheet();

        Worksheet full = Worksheet.calculate(after, basis);
        assertThat(moved.sameValuesAs(full)).isTrue();
        assertThat(moved.lines()).isEqualTo(full.lines());
    }

    @Property(tries = 100)
    void aRestoredWorksheetHasTheValuesItWasStoredWith(@ForAll long seed, @ForAll CalculationBasis basis) {
        Worksheet calculated = Worksheet.calculate(RandomDwellings.dwelling(seed), basis);

        Worksheet restored = Worksheet.restore(calculated.dwelling(), basis, calculated.lines());

        assertThat(restored.sameValuesAs(calculated)).isTrue();
        assertThat(restored.climateRegion()).isEqualTo(calculated.climateRegion());
    }

    private static boolean isValid(Dwelling dwelling) {
        try {
            InvalidDwellingException.requireValid(dwelling);
            return true;
        } catch (InvalidDwellingException e) {
            return false;
        }
    }
}
