package org.sapledger.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How the lag scenario attributes a late command to a stall (a stall overlapping the span from its send to its
 * showing), and when the poller first showed a version.
 */
class StallOverlapTest {

    /** One stall from 100 to 150 (start, duration). */
    private static final List<long[]> STALL = List.<long[]>of(new long[]{100, 50});

    @Test
    void aStallOverlapsASpanThatBeginsOrEndsInsideIt() {
        assertThat(LagScenario.overlaps(STALL, 90, 110)).isTrue();
        assertThat(LagScenario.overlaps(STALL, 140, 200)).isTrue();
        assertThat(LagScenario.overlaps(STALL, 110, 120)).isTrue();
        assertThat(LagScenario.overlaps(STALL, 50, 300)).isTrue();
    }

    @Test
    void aStallDoesNotOverlapASpanBeforeOrAfterIt() {
        assertThat(LagScenario.overlaps(STALL, 0, 100)).isFalse();
        assertThat(LagScenario.overlaps(STALL, 150, 160)).isFalse();
        assertThat(LagScenario.overlaps(List.of(), 0, 1000)).isFalse();
    }

    @Test
    void aVersionIsVisibleFromTheFirstObservationOfItOrALaterOne() {
        List<long[]> observations = Collections.synchronizedList(new ArrayList<>());
        observations.add(new long[]{3, 1000});
        observations.add(new long[]{5, 2000});
        assertThat(Scenario.visibleAt(observations, 2)).isEqualTo(1000);
        assertThat(Scenario.visibleAt(observations, 3)).isEqualTo(1000);
        assertThat(Scenario.visibleAt(observations, 4)).isEqualTo(2000);
        assertThat(Scenario.visibleAt(observations, 6)).isEqualTo(-1);
    }

    @Test
    void stallsAreWrittenInMillisecondsFromTheWindowsStart() {
        StringBuilder csv = new StringBuilder();
        LagScenario.appendStalls(csv, "app stop", List.<long[]>of(new long[]{3_500_000L, 1_250_000L}), 1_000_000L);
        assertThat(csv.toString()).isEqualTo(String.format("app stop,2.5,1.25%n"));
    }
}
