package org.sapledger.loadtest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 3: a rebuild of every projection from about a million events cloned in SQL, against a raw sequential JDBC
 * scan of the event table in the same run; then the same rebuild again in the same JVM.
 */
final class RebuildScenario extends Scenario {

    RebuildScenario(Harness harness) {
        super(harness);
    }

    @Override
    void run() throws Exception {
        section("3. Rebuild of every projection from ~" + String.format("%,d", (long) cfg.rebuildCopies * cfg.rebuildSourceEvents) + " cloned events");
        memory.phase("scenario 3, cloning");
        String postNote = null;
        long t0 = 0;
        AppProcess.Cpu c0 = null;
        if (cfg.rebuildPostFirst) {
            waitProjections(cfg.drainTimeoutSec);
            c0 = app.cpu();
            t0 = System.nanoTime();
            postNote = postRebuild(t0) + "; asked for while the processors were idle, BEFORE the clone was inserted"
                    + " (load.rebuildPostFirst): the cloned events are processed as they land, after the replay of the"
                    + " events already there";
        }
        long tClone = System.nanoTime();
        long snapshots = cloneRebuildSource();
        double cloneSec = (System.nanoTime() - tClone) / 1e9;
        long events;
        long head;
        long sizeMb;
        try (Connection c = db()) {
            events = scalar(c, "SELECT count(*) FROM domain_event_entry");
            head = scalar(c, "SELECT max(global_index) FROM domain_event_entry");
            sizeMb = scalar(c, "SELECT pg_total_relation_size('domain_event_entry')") / 1048576;
        }
        line(String.format("Cloned %,d copies of a %d-event property built through the API (new aggregate ids and event ids,"
                        + " the id replaced inside every payload, same sequence numbers, its snapshot rows copied too) in %.1f s;"
                        + " the event table now holds **%,d events** (%d MB with indexes; max global_index %,d; %d snapshot rows).",
                cfg.rebuildCopies, cfg.rebuildSourceEvents, cloneSec, events, sizeMb, head, snapshots));
        memory.phase("scenario 3, rebuild");
        if (!cfg.rebuildPostFirst) {
            c0 = app.cpu();
            t0 = System.nanoTime();
            postNote = postRebuild(t0);
        }
        long deadline = t0 + TimeUnit.SECONDS.toNanos(cfg.rebuildTimeoutSec);
        boolean finished = false;
        long lastPrint = t0;
        ProjectionProgress p = null;
        long peakPending = 0;
        try (Connection c = db()) {
            while (System.nanoTime() < deadline) {
                p = ProjectionProgress.read(c);
                double el = (System.nanoTime() - t0) / 1e9;
                if (!p.replaying() && p.minIndex() >= head && api.projectionsIdle()) {
                    finished = true;
                    break;
                }
                peakPending = Math.max(peakPending, (long) api.metric("hikaricp.connections.pending", null)[0]);
                if (System.nanoTime() - lastPrint > 30_000_000_000L) {
                    lastPrint = System.nanoTime();
                    System.out.printf("[rebuild] %.0f s: tokens %s of %d%n", el, p.perProcessor(), head);
                }
                Thread.sleep(500);
            }
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        AppProcess.Cpu c1 = app.cpu();
        long processed = events;
        if (!finished) {
            try (Connection c = db()) {
                p = ProjectionProgress.read(c);
                System.out.println("[rebuild] at the deadline: tokens " + p.perProcessor() + (p.replaying() ? " (replaying)" : ""));
                processed = scalar(c, "SELECT count(*) FROM domain_event_entry WHERE global_index <= " + Math.max(0, p.minIndex()));
            }
            harness.report.md.append("- tokens at the deadline (least index per projection, of max global_index ").append(head).append("): ")
                    .append(p.perProcessor()).append(p.replaying() ? ", some still in replay" : "").append('\n');
        }
        double rate = processed / sec;
        line("");
        line("- " + postNote + " (it stops each processor and resets its tokens, replays the store into the projections, moves"
                + " the tokens to the end and starts the processors; the time below counts from the request)");
        line(String.format("- rebuild (`POST /api/admin/projections/rebuild` → every projection not replaying and caught up, every"
                        + " token at the head): %s in **%.1f s → %.0f events/s** (each event goes through both rebuilt projections;"
                        + " the figure is events of the store per second)",
                finished ? "finished" : "**did NOT finish within " + cfg.rebuildTimeoutSec + " s**; the slowest projection had reached " + String.format("%,d of %,d events", processed, events),
                sec, rate));
        line("- during the rebuild: " + c0.until(c1) + String.format("; max Hikari pending sampled %d", peakPending));
        memory.phase("scenario 3, raw scan");
        double scanRate = fasterOfTwoScans(finished);
        line(String.format("- ratio rebuild / raw scan: **%.3f**", rate / scanRate));
        rebuildAgain(events, scanRate);
        row("rebuild events/s (" + String.format("%,d", events) + " events)", "≥ 20,000/s",
                String.format("%.0f/s%s", rate, finished ? "" : " (unfinished after " + cfg.rebuildTimeoutSec + " s)"), finished && rate >= 20000);
        row("rebuild / raw scan", "≥ 0.3", String.format("%.3f (scan %.0f/s)", rate / scanRate, scanRate), rate / scanRate >= 0.3);
    }

    /**
     * Inserts {@code rebuildCopies} copies of the rebuild source's events, snapshots and owner under new aggregate ids,
     * in SQL; the snapshot rows in the store afterwards.
     */
    private long cloneRebuildSource() throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE clone_ids (g INT PRIMARY KEY, id TEXT NOT NULL)");
            int chunk = 500;
            for (int done = 0; done < cfg.rebuildCopies; done += chunk) {
                int n = Math.min(chunk, cfg.rebuildCopies - done);
                s.execute("TRUNCATE clone_ids");
                s.execute("INSERT INTO clone_ids SELECT g, gen_random_uuid()::text FROM generate_series(1, " + n + ") g");
                String source = rebuildSource.id;
                update(c, "INSERT INTO domain_event_entry (" + EVENT_COLUMNS + ")"
                        + " SELECT gen_random_uuid()::text, c.id, e.sequence_number, e.type, e.time_stamp, e.payload_type,"
                        + " e.payload_revision, replace(e.payload, ?, c.id), e.meta_data FROM clone_ids c CROSS JOIN"
                        + " (SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?) e ORDER BY c.g, e.sequence_number",
                        source, source);
                update(c, "INSERT INTO snapshot_event_entry (aggregate_identifier,"
                        + " sequence_number, type, event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " SELECT c.id, e.sequence_number, e.type, gen_random_uuid()::text, e.time_stamp, e.payload_type,"
                        + " e.payload_revision, replace(e.payload, ?, c.id), e.meta_data FROM clone_ids c CROSS JOIN"
                        + " (SELECT * FROM snapshot_event_entry WHERE aggregate_identifier = ?) e", source, source);
                update(c, "INSERT INTO property_owner (property_id, organisation_id)"
                        + " SELECT c.id, o.organisation_id FROM clone_ids c CROSS JOIN property_owner o"
                        + " WHERE o.property_id = ?", source);
                if ((done / chunk) % 4 == 3) {
                    System.out.printf("[clone] %d copies%n", done + n);
                }
            }
            s.execute("ANALYZE domain_event_entry");
            return scalar(c, "SELECT count(*) FROM snapshot_event_entry");
        }
    }

    /**
     * Two raw scans, each once the machine is quiet (the end of a rebuild may leave the app compiling and PostgreSQL
     * writing for a while); the faster one's events per second is the reference, which can only lower the ratio.
     */
    private double fasterOfTwoScans(boolean rebuildFinished) throws Exception {
        double scanRate = 0;
        for (int pass = 1; pass <= 2; pass++) {
            String quiet = awaitQuiet(30);
            RawScan scan = rawScan();
            double passRate = scan.rate();
            scanRate = Math.max(scanRate, passRate);
            line(String.format("- raw sequential JDBC scan %d of 2 (%s; one connection, fetch size 1000, `ORDER BY global_index`,"
                            + " every column read as a string, %,d MB of text; after the rebuild, so the table is in the page"
                            + " cache): %,d events in %.1f s → **%.0f events/s**; %s%s", pass, quiet, scan.chars() / 1048576,
                    scan.events(), scan.nanos() / 1e9, passRate, scan.cpu(),
                    rebuildFinished ? "" : " (the unfinished rebuild was still running and competing)"));
        }
        return scanRate;
    }

    /** The same rebuild again in the same JVM, {@code rebuildRepeats} times, each against the same scan. */
    private void rebuildAgain(long events, double scanRate) throws Exception {
        for (int repeat = 1; repeat <= cfg.rebuildRepeats; repeat++) {
            memory.phase("scenario 3, rebuild again");
            String quiet = awaitQuiet(30);
            AppProcess.Cpu r0 = app.cpu();
            long tr = System.nanoTime();
            String note = postRebuild(tr);
            boolean done = ProjectionProgress.awaitCaughtUp(this::db, api, cfg.rebuildTimeoutSec) >= 0;
            double againSec = (System.nanoTime() - tr) / 1e9;
            double againRate = events / againSec;
            line(String.format("- rebuild again in the same JVM (load.rebuildRepeats; %s; %s): %s in **%.1f s → %.0f events/s**,"
                            + " **%.3f** of the faster raw scan; %s", quiet, note, done ? "finished" : "**did NOT finish**",
                    againSec, againRate, againRate / scanRate, r0.until(app.cpu())));
            row("rebuild again, same JVM (" + repeat + ")", "≥ 20,000/s, ≥ 0.3",
                    String.format("%.0f/s, %.3f", againRate, againRate / scanRate), done && againRate >= 20000 && againRate / scanRate >= 0.3);
        }
    }

    /** One raw sequential scan of the event table: the events and characters read, its time and the CPU it took. */
    record RawScan(long events, long chars, long nanos, String cpu) {
        double rate() {
            return events / (nanos / 1e9);
        }
    }

    /** Reads the whole event table once, in order, every column as text, as a plain JDBC client would. */
    RawScan rawScan() throws Exception {
        long scanned = 0;
        long bytes = 0;
        AppProcess.Cpu s0 = app.cpu();
        long ts = System.nanoTime();
        try (Connection c = db()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(1000);
                try (ResultSet rs = st.executeQuery("SELECT " + "global_index, " + EVENT_COLUMNS + " FROM domain_event_entry ORDER BY global_index")) {
                    while (rs.next()) {
                        rs.getLong(1);
                        for (int i = 2; i <= 10; i++) {
                            String v = rs.getString(i);
                            bytes += v == null ? 0 : v.length();
                        }
                        scanned++;
                    }
                }
            }
            c.commit();
        }
        long nanos = System.nanoTime() - ts;
        return new RawScan(scanned, bytes, nanos, s0.until(app.cpu()));
    }

    /**
     * Waits until the app and PostgreSQL together use less than a fifth of a core over a second, at most
     * {@code timeoutSec}; says how long it waited.
     */
    String awaitQuiet(int timeoutSec) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSec);
        while (System.nanoTime() < deadline) {
            AppProcess.Cpu a = app.cpu();
            Thread.sleep(1000);
            AppProcess.Cpu b = app.cpu();
            double busy = (b.app() - a.app() + b.pg() - a.pg()) / ((b.nanos() - a.nanos()) / 1e9) / AppProcess.CLK_TCK * 100;
            if (busy < 20) {
                return String.format("started when the app and PostgreSQL had used %.0f%% of a core over a second, %.0f s"
                        + " after the previous step", busy, (System.nanoTime() - t0) / 1e9);
            }
        }
        return "the app and PostgreSQL were still busy after " + timeoutSec + " s";
    }

    /** The request stops each processor (which first finishes its work in hand), resets its tokens, starts it. */
    String postRebuild(long t0) {
        String note;
        try {
            Api.Answer r = api.send("POST", "/api/admin/projections/rebuild", null, null,
                    Duration.ofSeconds(cfg.rebuildTimeoutSec));
            note = String.format("the rebuild request answered %d after %.1f s", r.status(), (System.nanoTime() - t0) / 1e9);
        } catch (Exception e) {
            note = String.format("the rebuild request failed after %.1f s (%s)", (System.nanoTime() - t0) / 1e9, e);
        }
        System.out.println("[rebuild] " + note);
        return note;
    }

    /** The first column of the first row of {@code sql}. */
    static long scalar(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
