package org.sapledger.loadtest;

import java.util.ArrayList;
import java.util.List;

/** One length of scenario 4: its cloned property, the clone's figures, and the sums over its measured blocks. */
final class HistoryLength {
    final int target;
    final int history;
    /** The cloned property; one instance, as it remembers where in the mix its next command is. */
    final Api.Property property;
    double cloneSec;
    double catchSec;
    boolean caughtUp;
    double firstMs;
    long snapshotSeq;
    int failures;
    final List<Long> latencies = new ArrayList<>();
    final List<Long> lags = new ArrayList<>();
    /** Per processor (in {@link Scenario#PROJECTIONS} order): events handled and handler seconds, summed over blocks. */
    final double[] count = new double[3];
    final double[] seconds = new double[3];
    long cpuTicks;
    /** The worksheets handler's ms/event of each block. */
    final List<Double> blockMs = new ArrayList<>();
    /** The worksheets handler thread's CPU ({@code eventProcessor.handlerCpu}), summed over blocks, and per block. */
    double handlerCpuCount;
    double handlerCpuSeconds;
    final List<Double> blockCpuMs = new ArrayList<>();
    /**
     * The worksheets processor's CPU per batch ({@code eventProcessor.batchCpu}: handling, the lines' evaluation
     * and writes at the commit, the token update), summed over blocks, and per block per event.
     */
    double batchCpuSeconds;
    final List<Double> blockBatchCpuMs = new ArrayList<>();

    HistoryLength(int target, int history, String id) {
        this.target = target;
        this.history = history;
        this.property = new Api.Property(id);
    }

    double handlerMs(int processor) {
        return count[processor] > 0 ? seconds[processor] / count[processor] * 1000 : Double.NaN;
    }

    double cpuMs() {
        return count[Scenario.WORKSHEETS] > 0 ? cpuTicks * 1000.0 / AppProcess.CLK_TCK / count[Scenario.WORKSHEETS] : Double.NaN;
    }

    double handlerCpuMs() {
        return handlerCpuCount > 0 ? handlerCpuSeconds / handlerCpuCount * 1000 : Double.NaN;
    }

    double batchCpuMs() {
        return handlerCpuCount > 0 ? batchCpuSeconds / handlerCpuCount * 1000 : Double.NaN;
    }

    /**
     * The handler thread's CPU per event of this length relative to {@code base}'s, − 1, and the half-width of its
     * approximate 95% interval from the spread of both lengths' per-block figures (the delta method on the ratio
     * of the two means of blocks; every block has the same number of commands).
     */
    double[] handlerCpuRelativeTo(HistoryLength base) {
        return relative(blockCpuMs, base.blockCpuMs);
    }

    /** As {@link #handlerCpuRelativeTo}, for the batch CPU per event. */
    double[] batchCpuRelativeTo(HistoryLength base) {
        return relative(blockBatchCpuMs, base.blockBatchCpuMs);
    }

    private static double[] relative(List<Double> blocks, List<Double> baseBlocks) {
        double mean = mean(blocks);
        double baseMean = mean(baseBlocks);
        double ratio = mean / baseMean;
        double relSe = Math.sqrt(Math.pow(standardError(blocks) / mean, 2)
                + Math.pow(standardError(baseBlocks) / baseMean, 2));
        return new double[]{ratio - 1, 1.96 * ratio * relSe};
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static double standardError(List<Double> values) {
        int n = values.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mean = mean(values);
        double squares = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(squares / (n - 1) / n);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double blockMin() {
        return blockMs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double blockMax() {
        return blockMs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
