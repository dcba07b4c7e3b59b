package org.sapledger.calc.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.ReferenceDwellings;
import org.sapledger.calc.Worksheet;
import org.sapledger.calc.validation.InvalidDwellingException;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Dwelling;

/** Which lines one input change re-evaluates. */
class IncrementalEvaluationTest {

    private static final String WALL = "sap_wall_1_1";

    private final Dwelling cooled = ReferenceDwellings.M1_DETACHED.dwelling()
            .withCooling(new Cooling(60, new CoolingEfficiency.DeclaredSeer(4)));

    @Test
    void cooledAreaChangeEvaluatesOnlyTheCoolingTail() {
        IncrementalWorksheet w = IncrementalWorksheet.start(cooled, CalculationBasis.RATING);
        EvaluationReport r = w.apply(new InputChange.SetCooledArea(80));
        assertThat(r.evaluatedLines()).containsExactly("105", "107", "107_total", "108", "221", "221_total");
        assertThat(r.worksheet().scalar("105")).isEqualTo(0.8);
        assertThat(r.worksheet().sameValuesAs(Worksheet.calculate(r.worksheet().dwelling(), CalculationBasis.RATING)))
                .isTrue();
    }

    @Test
    void wallUValueChangeEvaluatesFabricHeatTransferAndCoolingButNoVentilationOrGains() {
        IncrementalWorksheet w = IncrementalWorksheet.start(cooled, CalculationBasis.RATING);
        EvaluationReport r = w.apply(new InputChange.SetWallUValue(WALL, 0.3));
        assertThat(r.evaluatedLines()).containsExactly("29a", "33", "37", "39", "39_average", "40", "40_average",
                "100", "101", "102", "104", "104_total", "107", "107_total", "108", "221", "221_total");
        assertThat(r.evaluatedLines()).doesNotContain("4", "5", "8", "22b", "25", "31", "36", "38", "66", "73", "83",
                "103");
        assertThat(r.worksheet().scalar("29a")).isEqualTo(112.5 * 0.3);
    }

    @Test
    void windowAreaChangeReachesGainsAndLighting() {
        IncrementalWorksheet w = IncrementalWorksheet.start(cooled, CalculationBasis.RATING);
        var window = cooled.windows().get(0);
        EvaluationReport r = w.apply(new InputChange.PutWindow(new org.sapledger.domain.dwelling.Window(window.id(),
                window.hostId(), 10, window.orientation(), window.uValue(), window.glazing())));
        assertThat(r.evaluatedLines()).contains("27", "29a", "31", "36", "L2a", "67", "73", "78", "83", "84",
                "solar_gains_summer", "103", "107");
        assertThat(r.evaluatedLines()).doesNotContain("4", "22b", "25", "38", "42", "66", "68");
    }

    @Test
    void regionChangeUnderRatingBasisKeepsRegionZeroValues() {
        Worksheet rating = Worksheet.calculate(cooled, CalculationBasis.RATING);
        Worksheet moved = rating.apply(new InputChange.SetClimateRegion(new ClimateRegion(17))).worksheet();
        assertThat(moved.climateRegion()).isZero();
        assertThat(moved.sameValuesAs(rating)).isTrue();
        Worksheet local = Worksheet.calculate(cooled.withRegion(new ClimateRegion(17)), CalculationBasis.LOCAL);
        assertThat(local.climateRegion()).isEqualTo(17);
        assertThat(local.monthly("96")).isNotEqualTo(rating.monthly("96"));
    }

    @Test
    void livingAreaChangeEvaluatesNothing() {
        Worksheet w = Worksheet.calculate(cooled, CalculationBasis.RATING);
        EvaluationReport r = w.apply(new InputChange.SetLivingArea(40));
        assertThat(r.evaluatedLines()).isEmpty();
        assertThat(r.worksheet().dwelling().livingArea()).isEqualTo(40);
    }

    @Test
    void aChangeThatMakesTheInputImpossibleIsRejectedAndTheStateKept() {
        IncrementalWorksheet w = IncrementalWorksheet.start(cooled, CalculationBasis.RATING);
        Worksheet before = w.current();
        assertThatThrownBy(() -> w.apply(new InputChange.SetCooledArea(150)))
                .isInstanceOf(InvalidDwellingException.class)
                .satisfies(e -> assertThat(((InvalidDwellingException) e).fields()).containsExactly("cooling.cooledArea"));
        assertThatThrownBy(() -> w.apply(new InputChange.SetWallUValue("no_such_wall", 1)))
                .isInstanceOf(InvalidDwellingException.class)
                .satisfies(e -> assertThat(((InvalidDwellingException) e).fields()).containsExactly("walls[no_such_wall]"));
        assertThat(w.current()).isSameAs(before);
    }

    @Test
    void removingAWallThatHoldsAWindowIsRejected() {
        Worksheet w = Worksheet.calculate(cooled, CalculationBasis.RATING);
        assertThatThrownBy(() -> w.apply(new InputChange.RemoveWall(WALL)))
                .isInstanceOf(InvalidDwellingException.class)
                .satisfies(e -> assertThat(((InvalidDwellingException) e).fields())
                        .contains("windows[" + cooled.windows().get(0).id() + "].hostId"));
    }

    @Test
    void worksheetMapIsStableAndKeyedByLineNumber() {
        Worksheet w = Worksheet.calculate(cooled, CalculationBasis.RATING);
        assertThat(w.lines()).containsKeys("4", "5", "6a", "22b", "39", "104_total", "107_total", "108", "221",
                "221_total");
        assertThat(w.lines().get("4")).isEqualTo(new org.sapledger.calc.LineValue.Scalar(100));
        assertThat(((org.sapledger.calc.LineValue.Monthly) w.lines().get("39")).values()).hasSize(12);
        assertThat(w.lines()).doesNotContainKeys("9", "16", "24a");
        assertThat(List.copyOf(w.lines().keySet())).isEqualTo(List.copyOf(w.lines().keySet()));
    }
}
