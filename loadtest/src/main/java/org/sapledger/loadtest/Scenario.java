package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * One scenario of the harness: it drives the running app through the run's {@link Harness} and writes its section
 * of the report.
 */
abstract class Scenario {

    /** The event processors, in the order of the per-event table's columns (plan-directory is subscribing: no token). */
    static final List<String> PROJECTIONS = List.of("property-summary", "plan-directory", "worksheets");
    /** Indexes into {@link #PROJECTIONS}. */
    static final int PROPERTY_SUMMARY = 0;
    static final int PLAN_DIRECTORY = 1;
    static final int WORKSHEETS = 2;

    /** The event table's columns a clone copies and a raw scan reads (all but {@code global_index}). */
    static final String EVENT_COLUMNS = "event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
            + " payload_type, payload_revision, payload, meta_data";

    final Harness harness;
    final Config cfg;
    final AppProcess app;
    final Api api;
    final MemorySampler memory;
    /** The setup's properties, over which the clients share their commands. */
    final List<Api.Property> properties;
    /** The property whose history a rebuild's clones copy. */
    final Api.Property rebuildSource;
    /** The 10-event property whose first 10 events and 8-event cycle the per-event scenario's histories copy. */
    final Api.Property historySource;

    Scenario(Harness harness) {
        this.harness = harness;
        this.cfg = harness.cfg;
        this.app = harness.app;
        this.api = harness.api;
        this.memory = harness.memory;
        this.properties = harness.properties;
        this.rebuildSource = harness.rebuildSource;
        this.historySource = harness.historySource;
    }

    /** Runs the scenario against the app and writes its section and summary rows. */
    abstract void run() throws Exception;

    void section(String title) {
        harness.report.section(title);
    }

    void line(String s) {
        harness.report.line(s);
    }

    void row(String figure, String target, String measured, Boolean met) {
        harness.report.row(figure, target, measured, met);
    }

    Connection db() throws Exception {
        return harness.db();
    }

    long waitProjections(int timeoutSec) throws Exception {
        return harness.waitProjections(timeoutSec);
    }

    /** Runs one SQL statement with {@code parameters} bound in order; the rows it changed. */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /**
     * The first instant a poller saw {@code version} or a later one, from its observations ({version, instant} in
     * the order seen), or -1.
     */
    static long visibleAt(List<long[]> observations, long version) {
        synchronized (observations) {
            for (long[] o : observations) {
                if (o[0] >= version) {
                    return o[1];
                }
            }
        }
        return -1;
    }
}
