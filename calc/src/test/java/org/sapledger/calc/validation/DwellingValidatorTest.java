package org.sapledger.calc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.ReferenceDwellings;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Storey;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.dwelling.Window;
import org.sapledger.domain.dwelling.validation.DwellingValidator;
import org.sapledger.domain.dwelling.validation.Violation;

/** Bad input gives a typed error naming the field. */
class DwellingValidatorTest {

    private final Dwelling m1 = ReferenceDwellings.M1_DETACHED.dwelling();
    private final Wall wall = m1.walls().get(0);
    private final Window window = m1.windows().get(0);

    private static List<String> fieldsOf(Dwelling d) {
        return DwellingValidator.validate(d).stream().map(Violation::field).toList();
    }

    @Test
    void referenceDwellingsAreValid() {
        for (ReferenceDwellings r : ReferenceDwellings.values()) {
            assertThat(DwellingValidator.validate(r.dwelling())).isEmpty();
        }
    }

    @Test
    void negativeOrZeroAreasAreNamed() {
        assertThat(fieldsOf(m1.withWalls(List.of(new Wall(wall.id(), -5, 0.5, OptionalDouble.empty())))))
                .contains("walls[sap_wall_1_1].grossArea");
        assertThat(fieldsOf(m1.withStoreys(List.of(new Storey("s0", 0, 3))))).contains("storeys[s0].floorArea");
        assertThat(fieldsOf(m1.withWindows(List.of(new Window("w", wall.id(), 0, window.orientation(), 1.5,
                window.glazing()))))).containsExactly("windows[w].area");
    }

    @Test
    void uValuesMustBeAboveZeroAndAtMostTen() {
        assertThat(fieldsOf(m1.withWalls(List.of(wall.withUValue(0))))).containsExactly("walls[sap_wall_1_1].uValue");
        assertThat(fieldsOf(m1.withWalls(List.of(wall.withUValue(10.5))))).containsExactly(
                "walls[sap_wall_1_1].uValue");
        assertThat(fieldsOf(m1.withWalls(List.of(wall.withUValue(10))))).isEmpty();
        assertThat(fieldsOf(m1.withWindows(List.of(window.withUValue(Double.NaN)))))
                .containsExactly("windows[" + window.id() + "].uValue");
    }

    @Test
    void cooledAreaAboveTfaIsNamed() {
        Dwelling d = m1.withCooling(new Cooling(100.5, new CoolingEfficiency.DeclaredSeer(3)));
        assertThat(fieldsOf(d)).containsExactly("cooling.cooledArea");
        assertThat(fieldsOf(m1.withCooling(new Cooling(100, new CoolingEfficiency.DeclaredSeer(3))))).isEmpty();
        assertThat(fieldsOf(m1.withCooling(new Cooling(-1, new CoolingEfficiency.DeclaredSeer(3)))))
                .containsExactly("cooling.cooledArea");
    }

    @Test
    void regionOutsideZeroToTwentyOneCannotBeBuiltAndNullRegionIsNamed() {
        assertThatThrownBy(() -> new org.sapledger.domain.ClimateRegion(22)).isInstanceOf(IllegalArgumentException.class);
        assertThat(fieldsOf(m1.withRegion(null))).containsExactly("region");
    }

    @Test
    void unknownOrientationIsNamed() {
        Window noOrientation = new Window(window.id(), window.hostId(), window.area(), null, window.uValue(),
                window.glazing());
        assertThat(fieldsOf(m1.withWindows(List.of(noOrientation)))).containsExactly(
                "windows[" + window.id() + "].orientation");
    }

    @Test
    void openingsLargerThanTheirHostAreNamed() {
        Window huge = new Window("huge", wall.id(), 130, window.orientation(), 1.5, window.glazing());
        assertThat(fieldsOf(m1.withWindows(List.of(huge)))).contains("windows[huge].area",
                "walls[sap_wall_1_1].grossArea");
        Window a = new Window("a", wall.id(), 70, window.orientation(), 1.5, window.glazing());
        Window b = new Window("b", wall.id(), 70, window.orientation(), 1.5, window.glazing());
        assertThat(fieldsOf(m1.withWindows(List.of(a, b)))).containsExactly("walls[sap_wall_1_1].grossArea");
        Window orphan = new Window("o", "nowhere", 1, window.orientation(), 1.5, window.glazing());
        assertThat(fieldsOf(m1.withWindows(List.of(orphan)))).containsExactly("windows[o].hostId");
    }

    @Test
    void duplicateIdsAreNamed() {
        assertThat(fieldsOf(m1.withWalls(List.of(wall, wall)))).contains("walls[sap_wall_1_1].id");
    }

    @Test
    void idsUpToTheLimitAreValidAndLongerOnesAreNamedByTheirStart() {
        String longest = "w".repeat(DwellingValidator.MAX_ID_LENGTH);
        String tooLong = longest + "w";

        assertThat(fieldsOf(m1.withWalls(List.of(new Wall(longest, 120, 0.5, OptionalDouble.empty())))
                .withWindows(List.of()))).isEmpty();
        assertThat(DwellingValidator.validate(m1.withStoreys(List.of(new Storey(tooLong, 100, 3)))))
                .singleElement().satisfies(violation -> {
                    assertThat(violation.field()).endsWith("...].id").doesNotContain(tooLong);
                    assertThat(violation.message()).contains("at most " + DwellingValidator.MAX_ID_LENGTH);
                });
    }

    @Test
    void junctionsWithoutTheirListAreNamed() {
        assertThat(fieldsOf(m1.withThermalBridging(new ThermalBridging.Junctions(null))))
                .containsExactly("thermalBridging.junctions");
    }

    @Test
    void calculationRejectsInvalidInputWithTheTypedException() {
        Dwelling bad = m1.withWalls(List.of(wall.withUValue(-1)));
        assertThatThrownBy(() -> Worksheet.calculate(bad, CalculationBasis.RATING))
                .isInstanceOf(InvalidDwellingException.class)
                .hasMessageContaining("walls[sap_wall_1_1].uValue")
                .satisfies(e -> assertThat(((InvalidDwellingException) e).violations()).hasSize(1));
    }
}
