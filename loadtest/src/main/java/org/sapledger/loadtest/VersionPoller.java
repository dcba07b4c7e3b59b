package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A thread that reads {@code worksheet_version} of the properties with a command in flight, every
 * {@code pollMicros}, and records the first instant each version appeared: the lag scenario's view of the projection.
 */
final class VersionPoller extends ProbeThread {

    private final Map<String, List<long[]>> seen = new ConcurrentHashMap<>();
    private final InFlightProperties inFlight;
    private final Callable<Connection> db;
    private final long pollMicros;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong polledRows = new AtomicLong();

    VersionPoller(Callable<Connection> db, Collection<String> propertyIds, InFlightProperties inFlight,
                  long pollMicros) {
        super("lag-poller", 5000);
        this.db = db;
        this.inFlight = inFlight;
        this.pollMicros = pollMicros;
        propertyIds.forEach(id -> seen.put(id, Collections.synchronizedList(new ArrayList<>())));
    }

    /** The versions of a property as they first appeared, {version, instant} in the order seen. */
    List<long[]> seen(String propertyId) {
        return seen.get(propertyId);
    }

    /** Reads so far. */
    long polls() {
        return polls.get();
    }

    /** Rows read so far (properties watched, summed over the reads). */
    long polledRows() {
        return polledRows.get();
    }

    @Override
    void probe() {
        Map<String, Long> last = new HashMap<>();
        try (Connection c = db.call(); PreparedStatement ps = c.prepareStatement(
                "SELECT property_id, version FROM worksheet_version WHERE property_id = ANY (?)")) {
            while (running()) {
                String[] watched = inFlight.watched();
                if (watched.length > 0) {
                    ps.setArray(1, c.createArrayOf("varchar", watched));
                    try (ResultSet rs = ps.executeQuery()) {
                        long now = System.nanoTime();
                        while (rs.next()) {
                            String id = rs.getString(1);
                            long v = rs.getLong(2);
                            Long prev = last.get(id);
                            if (prev == null || v > prev) {
                                last.put(id, v);
                                seen.get(id).add(new long[]{v, now});
                            }
                            inFlight.shown(id, v);
                            polledRows.incrementAndGet();
                        }
                    }
                }
                polls.incrementAndGet();
                LockSupport.parkNanos(pollMicros * 1000L);
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}
