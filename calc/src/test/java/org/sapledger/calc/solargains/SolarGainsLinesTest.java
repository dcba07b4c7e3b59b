package org.sapledger.calc.solargains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.sapledger.calc.tables.AppendixU;
import org.sapledger.calc.tables.Climate;
import org.sapledger.domain.dwelling.Glazing;
import org.sapledger.domain.dwelling.GlazingType;
import org.sapledger.domain.dwelling.Orientation;

class SolarGainsLinesTest {

    private final Climate ukAverage = AppendixU.climate(0);

    @Test
    void ratioToHorizontalForAVerticalSouthWindow() {
        double[] r = SolarFluxU3.ratioToHorizontal(Orientation.SOUTH, 90, ukAverage);
        assertThat(r[0]).isCloseTo(1.7981563495008537, within(1e-12));
        assertThat(SolarFluxU3.flux(Orientation.SOUTH, 90, ukAverage)[0]).isCloseTo(46.752065087022196,
                within(1e-9));
    }

    @Test
    void horizontalOpeningsSeeTheHorizontalIrradiance() {
        assertThat(SolarFluxU3.ratioToHorizontal(Orientation.HORIZONTAL, 0, ukAverage)).containsOnly(1.0);
    }

    @Test
    void openingGainUsesNinetyPercentOfTable6bGAndDefaultFrameFactor() {
        Glazing g = Glazing.of(GlazingType.DOUBLE);
        assertThat(OpeningSolarGain.effectiveG(g)).isCloseTo(0.684, within(1e-15));
        assertThat(OpeningSolarGain.frameFactor(g)).isEqualTo(0.7);
        Glazing declared = new Glazing(GlazingType.DOUBLE, OptionalDouble.of(0.5), OptionalDouble.of(0.8));
        assertThat(OpeningSolarGain.effectiveG(declared)).isEqualTo(0.5);
        assertThat(OpeningSolarGain.frameFactor(declared)).isEqualTo(0.8);
        double[] sum = new double[12];
        OpeningSolarGain.addGains(sum, 7.5, Orientation.SOUTH, 90, g, 0.77, ukAverage);
        assertThat(sum[0]).isCloseTo(116.34545934915523, within(1e-9));
    }

    @Test
    void line83SumsAndLine84AddsInternalGains() {
        double[] a = new double[12];
        double[] b = new double[12];
        java.util.Arrays.fill(a, 1);
        java.util.Arrays.fill(b, 2);
        double[] s = Line83SolarGains.sum(a, b, a);
        assertThat(s).containsOnly(4.0);
        assertThat(Line83SolarGains.totalGains84(s, b)).containsOnly(6.0);
    }
}
