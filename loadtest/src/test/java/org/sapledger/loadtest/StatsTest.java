package org.sapledger.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The report's percentiles: nearest rank over durations in nanoseconds, given in milliseconds. */
class StatsTest {

    /** 1 ms, 2 ms, …, 100 ms, in shuffled order. */
    private static Stats oneToHundredMs() {
        List<Long> values = new ArrayList<>();
        for (long ms = 100; ms >= 1; ms--) {
            values.add(ms * 1_000_000L);
        }
        java.util.Collections.shuffle(values, new java.util.Random(7));
        return Stats.of(values);
    }

    @Test
    void percentilesAreNearestRanks() {
        Stats stats = oneToHundredMs();
        assertThat(stats.n()).isEqualTo(100);
        assertThat(stats.pct(50)).isEqualTo(50.0);
        assertThat(stats.pct(90)).isEqualTo(90.0);
        assertThat(stats.pct(99)).isEqualTo(99.0);
        assertThat(stats.pct(99.5)).isEqualTo(100.0);
        assertThat(stats.pct(0)).isEqualTo(1.0);
        assertThat(stats.max()).isEqualTo(100.0);
        assertThat(stats.mean()).isCloseTo(50.5, within(1e-9));
    }

    @Test
    void aSingleValueIsEveryPercentile() {
        Stats stats = Stats.of(List.of(2_500_000L));
        assertThat(stats.pct(1)).isEqualTo(2.5);
        assertThat(stats.pct(50)).isEqualTo(2.5);
        assertThat(stats.pct(99)).isEqualTo(2.5);
    }

    @Test
    void noValuesHaveNoPercentiles() {
        Stats stats = Stats.of(List.of());
        assertThat(stats.n()).isZero();
        assertThat(stats.pct(50)).isNaN();
        assertThat(stats.max()).isNaN();
        assertThat(stats.mean()).isNaN();
        assertThat(stats.summary()).startsWith("n=0 ");
    }

    @Test
    void theSummaryGivesTheFiguresOfTheReport() {
        assertThat(oneToHundredMs().summary())
                .isEqualTo("n=100 p50 50.0 ms, p90 90.0 ms, p99 99.0 ms, max 100.0 ms, mean 50.5 ms");
    }

    @Property
    void aPercentileIsOneOfTheValuesAndGrowsWithP(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 10_000_000_000L) Long> nanos,
            @ForAll @DoubleRange(min = 0, max = 100) double p, @ForAll @DoubleRange(min = 0, max = 100) double q) {
        Stats stats = Stats.of(nanos);
        double lower = stats.pct(Math.min(p, q));
        double upper = stats.pct(Math.max(p, q));
        assertThat(lower).isLessThanOrEqualTo(upper);
        assertThat(nanos.stream().map(n -> n / 1e6)).contains(lower, upper);
        assertThat(upper).isLessThanOrEqualTo(stats.max());
    }
}
