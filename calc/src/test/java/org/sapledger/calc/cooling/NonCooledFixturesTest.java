package org.sapledger.calc.cooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sapledger.calc.fixtures.NonCooledExpectations.COOLED_FRACTION_105;
import static org.sapledger.calc.fixtures.NonCooledExpectations.ELECTRICITY_221_TOTAL;
import static org.sapledger.calc.fixtures.NonCooledExpectations.INTERMITTENCY_106;
import static org.sapledger.calc.fixtures.NonCooledExpectations.REQUIREMENT_107_MONTH;
import static org.sapledger.calc.fixtures.NonCooledExpectations.REQUIREMENT_107_TOTAL;
import static org.sapledger.calc.fixtures.NonCooledExpectations.REQUIREMENT_108;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.ReferenceDwellings;
import org.sapledger.calc.Worksheet;
import org.sapledger.calc.fixtures.RandomDwellings;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.Dwelling;

/** The non-cooled fixture set: every dwelling without a cooled area has no cooling requirement. */
class NonCooledFixturesTest {

    static Stream<Named<Dwelling>> nonCooledDwellings() {
        List<Named<Dwelling>> out = new ArrayList<>();
        for (ReferenceDwellings ref : ReferenceDwellings.values()) {
            out.add(Named.of(ref.name(), ref.dwelling()));
        }
        for (long seed = 1; seed <= 12; seed++) {
            out.add(Named.of("random seed " + seed, RandomDwellings.dwelling(seed).withCooling(Cooling.NONE)));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("nonCooledDwellings")
    void noCooledAreaMeansNoCoolingRequirement(Dwelling dwelling) {
        for (CalculationBasis basis : CalculationBasis.values()) {
            Worksheet w = Worksheet.calculate(dwelling, basis);
            assertThat(w.scalar("105")).isEqualTo(COOLED_FRACTION_105);
            assertThat(w.monthly("107")).containsOnly(REQUIREMENT_107_MONTH);
            assertThat(w.scalar("107_total")).isEqualTo(REQUIREMENT_107_TOTAL);
            assertThat(w.scalar("108")).isEqualTo(REQUIREMENT_108);
            assertThat(w.monthly("106")).containsExactly(INTERMITTENCY_106);
            assertThat(w.scalar("221_total")).isEqualTo(ELECTRICITY_221_TOTAL);
            // (100)–(104) are still calculated
            assertThat(java.util.Arrays.stream(w.monthly("100")).boxed().toList()).allMatch(x -> x > 0);
            assertThat(java.util.Arrays.stream(w.monthly("104")).boxed().toList()).allMatch(x -> x >= 0);
        }
    }
}
