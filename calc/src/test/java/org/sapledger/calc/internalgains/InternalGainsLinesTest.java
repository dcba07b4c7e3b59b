package org.sapledger.calc.internalgains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sapledger.domain.dwelling.FixedLight;
import org.sapledger.domain.dwelling.Lighting;

class InternalGainsLinesTest {

    private static final double N = 2.739525875076067;

    @Test
    void lines66_69_71PerOccupant() {
        assertThat(Line66MetabolicGains.compute(N)[0]).isCloseTo(164.37155250456402, within(1e-12));
        assertThat(Line69CookingGains.compute(N)[3]).isCloseTo(54.17668112553247, within(1e-12));
        assertThat(Line71Losses.compute(N)[11]).isCloseTo(-109.58103500304269, within(1e-12));
    }

    @Test
    void line70PumpGainOutsideSummer() {
        double[] on = Line70PumpsAndFansGains.compute(true);
        assertThat(on).containsExactly(7, 7, 7, 7, 7, 0, 0, 0, 0, 7, 7, 7);
        assertThat(Line70PumpsAndFansGains.compute(false)).containsOnly(0.0);
    }

    @Test
    void lightingL1AndL2() {
        assertThat(LightingL1BaseRequirement.compute(100, N)).isCloseTo(9430.413245416414, within(1e-9));
        assertThat(LightingL2Daylight.correction(0)).isEqualTo(1.433);
        assertThat(LightingL2Daylight.correction(0.0282366)).isCloseTo(1.193947547253032, within(1e-9));
        assertThat(LightingL2Daylight.correction(0.2)).isEqualTo(0.96);
    }

    @Test
    void lightingL3ToL9() {
        assertThat(LightingL3ToL9Energy.fixedRequirement3(9000, 1.2)).isCloseTo(7200, within(1e-9));
        assertThat(LightingL3ToL9Energy.referenceCapacity4(100)).isEqualTo(33000.0);
        assertThat(LightingL3ToL9Energy.capacity5(Lighting.NOT_RECORDED, 100)).isEqualTo(18500.0);
        Lighting recorded = new Lighting(Lighting.Kind.RECORDED, List.of(new FixedLight(100, 10, 2),
                new FixedLight(50, 20, 1)));
        assertThat(LightingL3ToL9Energy.capacity5(recorded, 100)).isEqualTo(3000.0);
        assertThat(LightingL3ToL9Energy.efficacy8(recorded)).isCloseTo(75.0, within(1e-12));
        assertThat(LightingL3ToL9Energy.efficacy8(Lighting.NOT_RECORDED)).isEqualTo(21.3);
        assertThat(LightingL3ToL9Energy.efficacy8(Lighting.RECORDED_NONE)).isZero();
        assertThat(LightingL3ToL9Energy.fixedEnergy9a(7200, 0)).isZero();
        assertThat(LightingL3ToL9Energy.fixedEnergy9a(7200, 20)).isEqualTo(360.0);
        assertThat(LightingL3ToL9Energy.portableEnergy9c(9000, 1.2)).isCloseTo(9000 * 1.2 / 3 / 21.3, within(1e-9));
        assertThat(LightingL3ToL9Energy.provision6(7200, 18500, 33000)).isCloseTo(7200 * 18500 / 33000.0,
                within(1e-9));
    }

    @Test
    void line67LightingGainsFromL10() {
        double[] l10 = Line67LightingGains.monthlyEnergy(528.6112095749968);
        assertThat(l10[0]).isCloseTo(65.40289923835887, within(1e-9));
        assertThat(Line67LightingGains.gains(l10)[0]).isCloseTo(0.85 * l10[0] * 1000 / (24 * 31), within(1e-12));
    }

    @Test
    void line68ApplianceGains() {
        double ea = Line68ApplianceGains.annualEnergy(100, N);
        assertThat(ea).isCloseTo(2929.3126695091173, within(1e-9));
        double[] l14 = Line68ApplianceGains.monthlyEnergy(ea);
        assertThat(l14[0]).isCloseTo(284.6385975720036, within(1e-9));
        assertThat(Line68ApplianceGains.gains(l14)[0]).isCloseTo(l14[0] * 1000 / 744, within(1e-12));
    }

    @Test
    void line72WaterHeatingGains() {
        double[] l65 = new double[12];
        java.util.Arrays.fill(l65, 74.4);
        assertThat(Line72WaterHeatingGains.fromHeatGains(l65)[0]).isCloseTo(100, within(1e-12));
        assertThat(Line72WaterHeatingGains.declared(List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0,
                12.0))[11]).isEqualTo(12.0);
    }

    @Test
    void line73SumsTheGains() {
        double[] one = new double[12];
        java.util.Arrays.fill(one, 1);
        assertThat(Line73TotalInternalGains.compute(one, one, one, one, one, one, one)).containsOnly(7.0);
    }
}
