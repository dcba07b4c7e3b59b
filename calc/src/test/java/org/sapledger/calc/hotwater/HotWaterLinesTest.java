package org.sapledger.calc.hotwater;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sapledger.domain.dwelling.CylinderInsulation;

class HotWaterLinesTest {

    @Test
    void line42Occupancy() {
        assertThat(Line42Occupancy.compute(100)).isCloseTo(2.739525875076067, within(1e-12));
        assertThat(Line42Occupancy.compute(13.9)).isEqualTo(1.0);
        assertThat(Line42Occupancy.compute(10)).isEqualTo(1.0);
    }

    @Test
    void lines42bAnd42cDailyHotWater() {
        double[] cold = new double[12];
        java.util.Arrays.fill(cold, 8.0);
        double[] baths = Line42abcDailyHotWater.baths42b(1, cold);
        // N = 1: 0.85 baths × 73 L × 1.035 × (42 − 8) / (52 − 8)
        assertThat(baths[0]).isCloseTo(0.85 * 73 * 1.035 * 34 / 44, within(1e-12));
        assertThat(Line42abcDailyHotWater.other42c(1)[5]).isCloseTo(23.8 * 0.90, within(1e-12));
        assertThat(Line42abcDailyHotWater.showers42a()).containsOnly(0.0);
    }

    @Test
    void line43AverageDailyUse() {
        double[] zero = new double[12];
        double[] ten = new double[12];
        java.util.Arrays.fill(ten, 10);
        assertThat(Line43AverageDailyHotWater.compute(zero, ten, 1)).isCloseTo(10 + 23.8, within(1e-12));
    }

    @Test
    void line45EnergyContent() {
        double[] use = new double[12];
        double[] cold = new double[12];
        java.util.Arrays.fill(use, 100);
        java.util.Arrays.fill(cold, 10);
        assertThat(Line45EnergyContent.compute(use, cold)[0]).isCloseTo(4.18 * 100 * 31 * 42 / 3600, within(1e-12));
    }

    @Test
    void line46DistributionLoss() {
        double[] e = new double[12];
        java.util.Arrays.fill(e, 200);
        assertThat(Line46DistributionLoss.compute(e, false)[0]).isCloseTo(30, within(1e-12));
        assertThat(Line46DistributionLoss.compute(e, true)).containsOnly(0.0);
    }

    @Test
    void lines51To56StorageLoss() {
        assertThat(Line47To57StorageLoss.lossFactor51(CylinderInsulation.FACTORY_APPLIED, 50))
                .isCloseTo(0.005 + 0.55 / 54, within(1e-15));
        assertThat(Line47To57StorageLoss.lossFactor51(CylinderInsulation.LOOSE_JACKET, 50))
                .isCloseTo(0.005 + 1.76 / 62.8, within(1e-15));
        assertThat(Line47To57StorageLoss.volumeFactor52(120)).isEqualTo(1.0);
        assertThat(Line47To57StorageLoss.table54(120, 0.01, 1, 0.6)).isCloseTo(0.72, within(1e-15));
        assertThat(Line47To57StorageLoss.declared50(1.5, 0.6)).isCloseTo(0.9, within(1e-15));
        assertThat(Line47To57StorageLoss.monthly56(1)[1]).isEqualTo(28.0);
    }

    @Test
    void line59PrimaryLoss() {
        assertThat(Line59PrimaryLoss.compute(1, 3)[0]).isCloseTo(31 * 14 * (0.0091 * 3 + 0.0263), within(1e-12));
        assertThat(Line59PrimaryLoss.compute(0, 11)[0]).isCloseTo(31 * 14 * (0.0245 * 11 + 0.0263), within(1e-12));
    }

    @Test
    void line61CombiLoss() {
        assertThat(Line61CombiLoss.compute(119.8)[0]).isCloseTo(600.0 * 31 / 365, within(1e-12));
        assertThat(Line61CombiLoss.compute(80)[0]).isCloseTo(600 * 0.8 * 31 / 365, within(1e-12));
    }

    @Test
    void lines62To65() {
        double[] l45 = filled(200);
        double[] l46 = filled(30);
        double[] l57 = filled(10);
        double[] l59 = filled(20);
        double[] l61 = filled(50);
        assertThat(Line62To65WaterHeating.required62(l45, l46, l57, l59, l61)[0]).isCloseTo(170 + 30 + 10 + 20 + 50,
                within(1e-12));
        assertThat(Line62To65WaterHeating.gains65(l45, l46, l57, l59, l61, true)[0])
                .isCloseTo(0.25 * 220 + 0.8 * 60, within(1e-12));
        assertThat(Line62To65WaterHeating.gains65(l45, l46, l57, l59, l61, false)[0])
                .isCloseTo(0.25 * 220 + 0.8 * 50, within(1e-12));
    }

    private static double[] filled(double v) {
        double[] a = new double[12];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
