package org.sapledger.query.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * Deferring a worksheet's evaluation changes nothing that can be read: for any history of fabric and cooling changes
 * (some of them leaving the dwelling impossible to calculate), read after any of its changes, a worksheet whose
 * changes were left pending reads the same lines, problems and re-evaluated lines as one evaluated change by change.
 */
class WorksheetEvaluationProperties {

    private static final Dwelling M1 = DwellingChanges.M1;

    /** One change of the inputs, and whether the worksheet is read after it. */
    record Step(UnaryOperator<Dwelling> change, boolean readAfter) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        // the M1 dwelling has 100 m² of floor: a larger cooled area cannot be calculated
        Arbitrary<UnaryOperator<Dwelling>> tooMuchCooling = DwellingChanges.cooling(120, 200);
        Arbitrary<UnaryOperator<Dwelling>> unchanged = Arbitraries.just(d -> d);
        Arbitrary<UnaryOperator<Dwelling>> change = Arbitraries.frequencyOf(
                Tuple.of(3, DwellingChanges.wallU()),
                Tuple.of(3, DwellingChanges.cooling(0, 90)),
                Tuple.of(2, tooMuchCooling),
                Tuple.of(2, DwellingChanges.thermalMass()),
                Tuple.of(2, DwellingChanges.yValue()),
                Tuple.of(1, unchanged));
        Arbitrary<Boolean> readAfter = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false));
        return Combinators.combine(change, readAfter).as(Step::new).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 150)
    void pendingChangesReadAsIfEvaluatedOneByOne(@ForAll("histories") List<Step> history,
                                                @ForAll CalculationBasis basis, @ForAll boolean startEvaluated) {
        WorksheetCalculator.Result oneByOne = WorksheetCalculator.fresh(M1, basis);
        WorksheetEvaluation deferred = startEvaluated ? WorksheetEvaluation.of(basis, oneByOne)
                : WorksheetEvaluation.fresh(basis, M1);
        for (Step step : history) {
            Dwelling next = step.change().apply(oneByOne.inputs());
            oneByOne = WorksheetCalculator.change(oneByOne.worksheet(), oneByOne.inputs(), basis, next);
            deferred = deferred.changedTo(next);
            assertThat(deferred.inputs()).isSameAs(next);
            if (step.readAfter()) {
                assertReadsAs(deferred, oneByOne);
            }
        }
        assertReadsAs(deferred, oneByOne);
        // both kinds of history occur: ending calculable, and ending with a cooled area too large to calculate
        Statistics.label("calculable at the end").collect(oneByOne.worksheet() != null).coverage(coverage -> {
            coverage.check(true).percentage(share -> share > 5);
            coverage.check(false).percentage(share -> share > 5);
        });
    }

    private static void assertReadsAs(WorksheetEvaluation deferred, WorksheetCalculator.Result expected) {
        assertThat(deferred.result().lines()).isEqualTo(expected.lines());
        assertThat(deferred.result().problems()).isEqualTo(expected.problems());
        assertThat(deferred.result().evaluatedLines()).isEqualTo(expected.evaluatedLines());
        assertThat(deferred.isEvaluated()).isTrue();
    }
}
