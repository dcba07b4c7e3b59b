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

/** Any random sequence of input changes gives bit-for-bit the values of a full evaluation from scratch. */
class IncrementalEquivalenceProperties {

    @Property(tries = 300)
    void anySequenceOfChangesEqualsFullEvaluationBitForBit(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 25) int steps, @ForAll CalculationBasis basis) {
        Dwelling start = RandomDwellings.dwelling(seed);
        IncrementalWorksheet incremental = IncrementalWorksheet.start(start, basis);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < steps; i++) {
            InputChange change = RandomDwellings.change(incremental.current().dwelling(), r);
            Worksheet before = incremental.current();
            try {
                incremental.apply(change);
            } catch (InvalidDwellingException e) {
                assertThat(incremental.current()).isSameAs(before);
                continue;
            }
            Worksheet full = Worksheet.calculate(incremental.current().dwelling(), basis);
            assertThat(incremental.current().sameValuesAs(full))
                    .as("step %d, %s", i, change).isTrue();
            assertThat(incremental.current().lines()).isEqualTo(full.lines());
        }
    }
}
