package org.sapledger.calc.heatloss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.sapledger.domain.dwelling.Door;
import org.sapledger.domain.dwelling.Floor;
import org.sapledger.domain.dwelling.FloorKind;
import org.sapledger.domain.dwelling.Glazing;
import org.sapledger.domain.dwelling.GlazingType;
import org.sapledger.domain.dwelling.LinearThermalBridge;
import org.sapledger.domain.dwelling.Orientation;
import org.sapledger.domain.dwelling.PartyWall;
import org.sapledger.domain.dwelling.Roof;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.ThermalMass;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.dwelling.Window;

class HeatLossLinesTest {

    private static final OptionalDouble NO_KAPPA = OptionalDouble.empty();

    @Test
    void curtainCorrectionOfWindowU() {
        assertThat(CurtainCorrection.effectiveU(1.5)).isCloseTo(1.4150943396226414, within(1e-15));
    }

    @Test
    void line26DoorsAndLine27Windows() {
        assertThat(Line26Doors.compute(List.of(new Door("d", "w", 2, 3)))).isEqualTo(6.0);
        Window w = new Window("win", "w", 7.5, Orientation.SOUTH, 1.5, Glazing.of(GlazingType.DOUBLE));
        assertThat(Line27Windows.compute(List.of(w))).isCloseTo(10.61320754716981, within(1e-12));
    }

    @Test
    void line28GroundAndExposedFloors() {
        List<Floor> floors = List.of(new Floor("g", FloorKind.GROUND, 100, 0.5, NO_KAPPA),
                new Floor("e", FloorKind.EXPOSED, 10, 0.3, NO_KAPPA));
        assertThat(Line28Floors.compute(floors, FloorKind.GROUND)).isEqualTo(50.0);
        assertThat(Line28Floors.compute(floors, FloorKind.EXPOSED)).isCloseTo(3.0, within(1e-15));
    }

    @Test
    void line29aNetWallAreaTimesU() {
        List<Wall> walls = List.of(new Wall("w", 120, 0.5, NO_KAPPA), new Wall("x", 10, 1, NO_KAPPA));
        assertThat(Line29aExternalWalls.compute(walls, Map.of("w", 7.5))).isEqualTo(56.25 + 10);
    }

    @Test
    void line30NetRoofAreaTimesU() {
        assertThat(Line30Roofs.compute(List.of(new Roof("r", 100, 0.5, NO_KAPPA)), Map.of("r", 2.0))).isEqualTo(49.0);
    }

    @Test
    void line32PartyWallsUseTheirGivenU() {
        assertThat(Line32PartyWalls.compute(List.of(new PartyWall("p", 40, 0.25, NO_KAPPA)))).isEqualTo(10.0);
    }

    @Test
    void line33SumsTheElementLines() {
        assertThat(Line33FabricHeatLoss.compute(1, 2, 3, 4, 5, 6, 7, 8)).isEqualTo(36.0);
    }

    @Test
    void line35DeclaredOrFromKappa() {
        assertThat(Line35ThermalMassParameter.compute(ThermalMass.declared(250), 9999, 100)).isEqualTo(250.0);
        assertThat(Line35ThermalMassParameter.compute(ThermalMass.FROM_KAPPA, 15000, 100)).isEqualTo(150.0);
        assertThat(Line35ThermalMassParameter.compute(ThermalMass.FROM_KAPPA, 0, 100)).isZero();
    }

    @Test
    void line36FromYValueOrJunctions() {
        assertThat(Line36ThermalBridging.compute(new ThermalBridging.YValue(0.2), 320)).isEqualTo(64.0);
        assertThat(Line36ThermalBridging.compute(new ThermalBridging.Junctions(List.of(
                new LinearThermalBridge("a", 0.1, 10), new LinearThermalBridge("b", 0.05, 20))), 320))
                .isCloseTo(2.0, within(1e-15));
    }

    @Test
    void lines37To40() {
        assertThat(Line37TotalFabricHeatLoss.compute(166.8632075471698, 64, 0)).isCloseTo(230.8632075471698,
                within(1e-12));
        double[] ach = new double[12];
        java.util.Arrays.fill(ach, 0.5);
        double[] l38 = Line38VentilationHeatLoss.compute(ach, 300);
        assertThat(l38[0]).isCloseTo(49.5, within(1e-12));
        double[] l39 = Line39HeatTransferCoefficient.compute(200, l38);
        assertThat(l39[5]).isCloseTo(249.5, within(1e-12));
        assertThat(Line39HeatTransferCoefficient.average(l39)).isCloseTo(249.5, within(1e-12));
        assertThat(Line40HeatLossParameter.compute(l39, 100)[11]).isCloseTo(2.495, within(1e-12));
    }
}
