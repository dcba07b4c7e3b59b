package org.sapledger.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The ceiling scenario 1 reports for the ratio of commands to raw inserts: what the cores allow at best. */
class CpuCeilingTest {

    @Test
    void twoCoresAtAQuarterMillisecondPerCommandServe8000CommandsASecond() {
        // 0.2 ms for the request path and 0.05 ms for the durable insert: 2 cores / 0.25 ms = 8,000/s, against 16,000/s raw
        assertThat(ThroughputScenario.cpuCeiling(2, 0.2, 0.05, 16_000)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aDearerRequestPathLowersTheCeiling() {
        assertThat(ThroughputScenario.cpuCeiling(2, 0.3, 0.05, 16_000))
                .isLessThan(ThroughputScenario.cpuCeiling(2, 0.2, 0.05, 16_000));
    }

    @Test
    void moreCoresRaiseItInProportion() {
        assertThat(ThroughputScenario.cpuCeiling(4, 0.2, 0.05, 16_000)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void theBudgetIsWhatHalfTheRawRateLeavesBeyondTheNoOpCommand() {
        // half of 16,000/s is 8,000/s: 0.25 ms of 2 cores per command, of which the no-op command takes 0.2 ms
        assertThat(ThroughputScenario.storingBudget(2, 16_000, 0.5, 0.2)).isCloseTo(0.05, within(1e-12));
        // at the budget, the ceiling is exactly the share asked for
        assertThat(ThroughputScenario.cpuCeiling(2, 0.2, 0.05, 16_000)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aNoOpCommandDearerThanTheWholeAllowanceLeavesANegativeBudget() {
        assertThat(ThroughputScenario.storingBudget(2, 16_000, 0.5, 0.3)).isNegative();
    }
}
