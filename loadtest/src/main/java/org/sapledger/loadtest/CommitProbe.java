package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * A durable single-row commit every 10 ms on a connection of its own: when one takes long, PostgreSQL (or the disk
 * under it) stalled, whatever the app was doing.
 */
final class CommitProbe extends ProbeThread {

    private final Callable<Connection> db;
    private final List<long[]> commits = new ArrayList<>();

    CommitProbe(Callable<Connection> db) {
        super("commit-probe", 1000);
        this.db = db;
    }

    /** The commits that started in [from, to], {start, duration} in nanoseconds. */
    List<long[]> startedBetween(long from, long to) {
        synchronized (commits) {
            return commits.stream().filter(c -> c[0] >= from && c[0] <= to).toList();
        }
    }

    @Override
    void probe() {
        try (Connection c = db.call(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS load_commit_probe (id bigserial PRIMARY KEY,"
                    + " at timestamptz NOT NULL DEFAULT clock_timestamp())");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO load_commit_probe DEFAULT VALUES")) {
                while (running()) {
                    long before = System.nanoTime();
                    insert.executeUpdate();
                    long took = System.nanoTime() - before;
                    synchronized (commits) {
                        commits.add(new long[] {before, took});
                    }
                    LockSupport.parkNanos(10_000_000L);
                }
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
    }
}
