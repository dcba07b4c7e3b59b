package org.sapledger.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Scenario 4's figures for one history length: per-event costs from the summed timers, and the comparison with the
 * first length, whose ± is an approximate 95% interval from the spread of the blocks.
 */
class HistoryLengthTest {

    private static HistoryLength withBlocks(List<Double> handlerCpuMs, List<Double> batchCpuMs) {
        HistoryLength length = new HistoryLength(1000, 994, "p");
        length.blockCpuMs.addAll(handlerCpuMs);
        length.blockBatchCpuMs.addAll(batchCpuMs);
        return length;
    }

    @Test
    void equalBlocksCompareAsEqualWithNoSpread() {
        HistoryLength base = withBlocks(List.of(0.2, 0.2, 0.2, 0.2), List.of(0.5, 0.5, 0.5, 0.5));
        HistoryLength same = withBlocks(List.of(0.2, 0.2, 0.2, 0.2), List.of(0.5, 0.5, 0.5, 0.5));
        assertThat(same.handlerCpuRelativeTo(base)).containsExactly(new double[]{0.0, 0.0}, within(1e-12));
        assertThat(same.batchCpuRelativeTo(base)).containsExactly(new double[]{0.0, 0.0}, within(1e-12));
    }

    @Test
    void theIntervalComesFromTheStandardErrorsOfBothMeans() {
        // mean 1.1 against 1.0; the blocks' sample standard deviation 0.11547 (n = 4), so the standard error of
        // the longer history's mean is 0.057735, relative 0.052486; the base has no spread.
        HistoryLength base = withBlocks(List.of(1.0, 1.0, 1.0, 1.0), List.of(1.0, 1.0, 1.0, 1.0));
        HistoryLength longer = withBlocks(List.of(1.2, 1.0, 1.2, 1.0), List.of(1.0, 1.0, 1.0, 1.0));
        double[] relative = longer.handlerCpuRelativeTo(base);
        assertThat(relative[0]).isCloseTo(0.10, within(1e-12));
        assertThat(relative[1]).isCloseTo(1.96 * 1.1 * 0.057735 / 1.1, within(1e-5));
        assertThat(longer.batchCpuRelativeTo(base)).containsExactly(new double[]{0.0, 0.0}, within(1e-12));
    }

    @Test
    void perEventCostsAreSumsOverTheBlocksDividedByTheEventsCounted() {
        HistoryLength length = new HistoryLength(100, 98, "p");
        length.count[Scenario.WORKSHEETS] = 400;
        length.seconds[Scenario.WORKSHEETS] = 0.12;
        length.handlerCpuCount = 400;
        length.handlerCpuSeconds = 0.04;
        length.batchCpuSeconds = 0.08;
        length.cpuTicks = 9;
        assertThat(length.handlerMs(Scenario.WORKSHEETS)).isCloseTo(0.3, within(1e-12));
        assertThat(length.handlerCpuMs()).isCloseTo(0.1, within(1e-12));
        assertThat(length.batchCpuMs()).isCloseTo(0.2, within(1e-12));
        assertThat(length.cpuMs()).isCloseTo(9 * 1000.0 / AppProcess.CLK_TCK / 400, within(1e-12));
        assertThat(length.handlerMs(Scenario.PLAN_DIRECTORY)).isNaN();
    }

    @Test
    void theMedianOfBlocksIsTheMiddleOrTheMeanOfTheTwoMiddles() {
        assertThat(HistoryLength.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(HistoryLength.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(HistoryLength.median(List.of())).isNaN();
    }
}
