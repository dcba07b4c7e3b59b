package org.sapledger.calc.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.ReferenceDwellings;
import org.sapledger.calc.Worksheet;
import org.sapledger.calc.graph.InputField;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Dwellings;

/** The difference of two dwellings names only the fields that differ, so only their lines are evaluated. */
class DwellingDiffTest {

    private final Dwelling m1 = ReferenceDwellings.M1_DETACHED.dwelling()
            .withCooling(new Cooling(40, new CoolingEfficiency.DeclaredSeer(5.1)));

    @Test
    void aWallUValueChangeTouchesTheWallUValuesAlone() {
        Dwelling insulated = Dwellings.replace(m1, m1.walls().get(0).withUValue(0.18));

        assertThat(DwellingDiff.fieldsChanged(m1, insulated)).containsExactly(InputField.WALLS_U);
    }

    @Test
    void aCooledAreaChangeEvaluatesOnlyTheCooledFractionAndWhatFollowsFromIt() {
        Dwelling moreCooled = m1.withCooling(m1.cooling().withCooledArea(60));
        Worksheet worksheet = Worksheet.calculate(m1, CalculationBasis.RATING);

        EvaluationReport report = worksheet.apply(DwellingDiff.between(m1, moreCooled));

        assertThat(report.evaluatedLines()).containsExactly("105", "107", "107_total", "108", "221", "221_total");
    }

    @Test
    void theSameDwellingTouchesNothingAndEvaluatesNothing() {
        Worksheet worksheet = Worksheet.calculate(m1, CalculationBasis.LOCAL);

        EvaluationReport report = worksheet.apply(DwellingDiff.between(m1, m1));

        assertThat(DwellingDiff.fieldsChanged(m1, m1)).isEmpty();
        assertThat(report.evaluatedLines()).isEmpty();
        assertThat(report.worksheet().sameValuesAs(worksheet)).isTrue();
    }

    @Test
    void aWallAreaChangeTouchesTheWallGeometryAlone() {
        Dwelling larger = Dwellings.replace(m1, m1.walls().get(0).withArea(m1.walls().get(0).area() + 1));

        assertThat(DwellingDiff.fieldsChanged(m1, larger)).containsExactly(InputField.WALLS_GEOMETRY);
    }

    @Test
    void anEqualCopyWithNewElementInstancesTouchesNothing() {
        Dwelling copy = m1.withWalls(m1.walls().stream().map(wall -> wall.withUValue(wall.uValue())).toList())
                .withWindows(new ArrayList<>(m1.windows()))
                .withCooling(new Cooling(40, new CoolingEfficiency.DeclaredSeer(5.1)));

        assertThat(copy).isNotSameAs(m1);
        assertThat(DwellingDiff.fieldsChanged(m1, copy)).isEmpty();
    }

    @Test
    void removingAWindowTouchesWindowGeometryAndUValues() {
        Dwelling noWindow = m1.withWindows(List.of());

        assertThat(DwellingDiff.fieldsChanged(m1, noWindow))
                .containsExactlyInAnyOrder(InputField.WINDOWS_GEOMETRY, InputField.WINDOWS_U);
    }
}
