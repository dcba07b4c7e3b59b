package org.sapledger.loadtest;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * How far the projections' event processors have got, read from their tracking tokens in {@code token_entry}
 * (every tracking processor of the service has rows there; the subscribing plan directory has none): the least
 * global index any segment has reached, and whether any is still replaying after a reset, i.e. has not yet reached
 * the position its reset token recorded.
 *
 * @param minIndex     the least index any segment has reached (-1 when a segment has no token yet)
 * @param replaying    whether some segment still replays (is behind the position at its reset)
 * @param perProcessor the least index per processor
 */
record ProjectionProgress(long minIndex, boolean replaying, Map<String, Long> perProcessor) {

    static ProjectionProgress read(Connection c) throws Exception {
        long min = Long.MAX_VALUE;
        boolean replaying = false;
        Map<String, Long> per = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT processor_name, token_type, token FROM token_entry")) {
            while (rs.next()) {
                String type = rs.getString(2);
                String token = rs.getString(3);
                long index = -1;
                if (type != null && token != null) {
                    JsonNode n = Api.JSON.readTree(token);
                    if (type.contains("Replay")) {
                        // Axon keeps a ReplayToken until an event past the reset point arrives; with no new
                        // events it stays one after the replay has reached that point, so the positions decide
                        index = indexOf(n.get("currentToken"));
                        replaying |= index < indexOf(n.get("tokenAtReset"));
                    } else {
                        index = indexOf(n);
                    }
                }
                min = Math.min(min, index);
                per.merge(rs.getString(1), index, Math::min);
            }
        }
        return new ProjectionProgress(min == Long.MAX_VALUE ? -1 : min, replaying, per);
    }

    static long indexOf(JsonNode n) {
        if (n == null || n.isNull()) {
            return -1;
        }
        if (n.has("index")) {
            return n.get("index").asLong();
        }
        long best = -1;
        for (JsonNode child : n) {
            best = Math.max(best, indexOf(child));
        }
        return best;
    }

    /**
     * Waits until every projection has processed every event of the store and the service reports each processor
     * running, not replaying and caught up; the time it took in ms, or -1 when {@code timeoutSec} passed first.
     */
    static long awaitCaughtUp(Callable<Connection> db, Api api, int timeoutSec) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSec);
        try (Connection c = db.call()) {
            while (System.nanoTime() < deadline) {
                long head;
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
                    rs.next();
                    head = rs.getLong(1);
                }
                ProjectionProgress p = read(c);
                if (!p.replaying && p.minIndex >= head && api.projectionsIdle()) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
                Thread.sleep(50);
            }
        }
        return -1;
    }
}
