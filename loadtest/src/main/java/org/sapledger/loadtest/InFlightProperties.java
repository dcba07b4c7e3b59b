package org.sapledger.loadtest;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The properties the lag poller must watch: those with a command sent and not yet answered, or answered with a
 * version the projection has not shown yet. Polling only these keeps the observer cheap: reading the versions of
 * all 200 properties every few milliseconds was itself a quarter of a PostgreSQL core during the measurement.
 */
final class InFlightProperties {

    /** Per watched property, its commands sent and not yet answered. */
    private final ConcurrentHashMap<String, Integer> unanswered = new ConcurrentHashMap<>();
    /** Per property, the highest version a command was answered with. */
    private final ConcurrentHashMap<String, Long> awaited = new ConcurrentHashMap<>();

    /** A command to {@code property} is about to be sent: watch it. */
    void sending(String property) {
        unanswered.merge(property, 1, Integer::sum);
    }

    /** The command to {@code property} was answered with {@code version} (−1: failed, nothing to wait for). */
    void answered(String property, long version) {
        awaited.merge(property, version, Math::max);
        unanswered.computeIfPresent(property, (id, count) -> count - 1);
    }

    /** The projection shows {@code version} of {@code property}: stop watching it once nothing more is awaited. */
    void shown(String property, long version) {
        unanswered.computeIfPresent(property,
                (id, count) -> count == 0 && version >= awaited.getOrDefault(id, -1L) ? null : count);
    }

    /** The properties to poll now. */
    String[] watched() {
        return unanswered.keySet().toArray(String[]::new);
    }
}
