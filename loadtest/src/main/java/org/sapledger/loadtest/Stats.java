package org.sapledger.loadtest;

import java.util.Arrays;
import java.util.Collection;

/** Percentiles of a set of durations in nanoseconds, reported in milliseconds. */
final class Stats {
    final long[] sorted;

    Stats(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    static Stats of(Collection<Long> values) {
        return new Stats(values.stream().mapToLong(Long::longValue).toArray());
    }

    int n() {
        return sorted.length;
    }

    double pct(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
    }

    double mean() {
        return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1e6;
    }

    String summary() {
        return String.format("n=%d p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, mean %.1f ms", n(), pct(50),
                pct(90), pct(99), max(), mean());
    }
}
