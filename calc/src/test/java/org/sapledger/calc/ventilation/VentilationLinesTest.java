package org.sapledger.calc.ventilation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sapledger.domain.dwelling.AirTightness.FloorConstruction;
import org.sapledger.domain.dwelling.AirTightness.WallConstruction;

class VentilationLinesTest {

    @Test
    void lines6To7cAreCountTimesRate() {
        assertThat(Line6To7cOpeningsVentilation.rate(2, Line6To7cOpeningsVentilation.OPEN_CHIMNEY)).isEqualTo(160.0);
        assertThat(Line6To7cOpeningsVentilation.rate(1, Line6To7cOpeningsVentilation.EXTRACT_FAN)).isEqualTo(10.0);
        assertThat(Line6To7cOpeningsVentilation.rate(3, Line6To7cOpeningsVentilation.FLUELESS_GAS_FIRE))
                .isEqualTo(120.0);
    }

    @Test
    void line8IsOpeningsOverVolume() {
        assertThat(Line8OpeningsAirChanges.compute(80, 20, 0, 0, 0, 0, 10, 0, 0, 300)).isCloseTo(0.366666666666,
                within(1e-9));
    }

    @Test
    void lines10To16StructuralInfiltration() {
        assertThat(Line9To16StructuralInfiltration.storeys10(3)).isCloseTo(0.2, within(1e-15));
        assertThat(Line9To16StructuralInfiltration.walls11(WallConstruction.TIMBER_OR_STEEL_FRAME)).isEqualTo(0.25);
        assertThat(Line9To16StructuralInfiltration.walls11(WallConstruction.MASONRY)).isEqualTo(0.35);
        assertThat(Line9To16StructuralInfiltration.floor12(FloorConstruction.SUSPENDED_TIMBER_UNSEALED))
                .isEqualTo(0.2);
        assertThat(Line9To16StructuralInfiltration.floor12(FloorConstruction.SUSPENDED_TIMBER_SEALED)).isEqualTo(0.1);
        assertThat(Line9To16StructuralInfiltration.floor12(FloorConstruction.OTHER)).isZero();
        assertThat(Line9To16StructuralInfiltration.lobby13(false)).isEqualTo(0.05);
        assertThat(Line9To16StructuralInfiltration.lobby13(true)).isZero();
        assertThat(Line9To16StructuralInfiltration.windows15(50)).isCloseTo(0.15, within(1e-15));
        assertThat(Line9To16StructuralInfiltration.infiltration16(0.1, 0.2, 0.35, 0.2, 0.05, 0.15))
                .isCloseTo(1.05, within(1e-15));
    }

    @Test
    void lines17And18FromAPressureTest() {
        assertThat(Line17AirPermeability.fromAp4(1)).isEqualTo(5.254);
        assertThat(Line18InfiltrationRate.fromPressureTest(3.5, 0)).isEqualTo(0.175);
    }

    @Test
    void lines20And21Shelter() {
        assertThat(Line20ShelterFactor.compute(2)).isEqualTo(0.85);
        assertThat(Line21ShelteredInfiltration.compute(0.175, 0.85)).isCloseTo(0.14875, within(1e-15));
    }

    @Test
    void lines22aAnd22bWind() {
        double[] wind = {5.1, 5, 4.9, 4.4, 4.3, 3.8, 3.8, 3.7, 4, 4.3, 4.5, 4.7};
        double[] a = Line22WindSpeed.windFactor22a(wind);
        assertThat(a[0]).isEqualTo(1.275);
        assertThat(Line22WindSpeed.adjustedInfiltration22b(0.14875, a)[0]).isCloseTo(0.18965625, within(1e-15));
    }

    @Test
    void lines24aTo24dEffectiveAirChange() {
        double[] low = new double[12];
        double[] mid = new double[12];
        double[] high = new double[12];
        java.util.Arrays.fill(low, 0.1);
        java.util.Arrays.fill(mid, 0.4);
        java.util.Arrays.fill(high, 1.2);
        assertThat(Line24EffectiveAirChange.natural24d(high)[0]).isEqualTo(1.2);
        assertThat(Line24EffectiveAirChange.natural24d(mid)[0]).isCloseTo(0.5 + 0.16 * 0.5, within(1e-15));
        assertThat(Line24EffectiveAirChange.extract24c(low, 0.5)[0]).isEqualTo(0.5);
        assertThat(Line24EffectiveAirChange.extract24c(mid, 0.5)[0]).isCloseTo(0.65, within(1e-15));
        assertThat(Line24EffectiveAirChange.mv24b(mid, 0.5)[0]).isCloseTo(0.9, within(1e-15));
        assertThat(Line24EffectiveAirChange.mvhr24a(mid, 0.5, 80)[0]).isCloseTo(0.5, within(1e-15));
    }
}
