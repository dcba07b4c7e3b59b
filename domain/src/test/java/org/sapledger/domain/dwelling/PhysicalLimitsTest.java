package org.sapledger.domain.dwelling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhysicalLimitsTest {

    @Test
    void uValueIsAboveZeroUpToTen() {
        assertThat(PhysicalLimits.U_VALUE.contains(0)).isFalse();
        assertThat(PhysicalLimits.U_VALUE.contains(1e-9)).isTrue();
        assertThat(PhysicalLimits.U_VALUE.contains(10)).isTrue();
        assertThat(PhysicalLimits.U_VALUE.contains(10.0001)).isFalse();
        assertThat(PhysicalLimits.U_VALUE.contains(Double.NaN)).isFalse();
        assertThat(PhysicalLimits.U_VALUE.describe()).isEqualTo("(0, 10] W/m²K");
    }

    @Test
    void areasArePositiveAndRegionIsZeroToTwentyOne() {
        assertThat(PhysicalLimits.AREA.contains(0)).isFalse();
        assertThat(PhysicalLimits.AREA.contains(Double.POSITIVE_INFINITY)).isFalse();
        assertThat(PhysicalLimits.CLIMATE_REGION.contains(0)).isTrue();
        assertThat(PhysicalLimits.CLIMATE_REGION.contains(21)).isTrue();
        assertThat(PhysicalLimits.CLIMATE_REGION.contains(22)).isFalse();
    }

    @Test
    void orientationCodesFollowTheSchema() {
        assertThat(Orientation.fromCode(5)).hasValue(Orientation.SOUTH);
        assertThat(Orientation.fromCode(0)).isEmpty();
        assertThat(CoolingEnergyClass.fromCode("A+++")).hasValue(CoolingEnergyClass.A_PLUS_PLUS_PLUS);
        assertThat(CoolingEnergyClass.fromCode("Unknown")).hasValue(CoolingEnergyClass.UNKNOWN);
    }
}
