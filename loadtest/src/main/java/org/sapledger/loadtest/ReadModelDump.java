package org.sapledger.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sapledger.query.worksheet.WorksheetLines;

/**
 * Every read-model table, row by row, in an order that does not depend on how the rows were written: the tables of
 * the {@code public} schema except the event store's, Axon's and the service's bookkeeping ({@link #NOT_READ_MODELS}),
 * found at run time so a new read model is compared without touching the harness. A row is PostgreSQL's text form
 * of the whole record ({@code t::text}: bytea as hex, json as written), so two dumps are equal exactly
 * when every column of every row is, except for how a worksheet row stores its RATING lines: relative to a base
 * that depends on which versions of the row were written (a rebuild writes fewer of them than the events that
 * built the row one by one), so those two columns are compared by the lines they read ({@link #WORKSHEET}).
 */
final class ReadModelDump {

    /**
     * Tables that are not read models: the event store, Axon's tokens, sagas and dead letters, idempotency, the
     * instances' heartbeats, Flyway.
     */
    static final Set<String> NOT_READ_MODELS = Set.of("domain_event_entry", "snapshot_event_entry", "token_entry",
            "association_value_entry", "saga_entry", "dead_letter_entry", "idempotency_record", "cluster_node",
            "flyway_schema_history", "loadtest_raw");

    /**
     * The worksheet rows with their RATING lines as the standalone form of the lines they read, in place of
     * {@code rating_lines} and the base {@code rating_base} they are stored relative to.
     */
    static final String WORKSHEET = """
            SELECT (to_jsonb(t) - 'rating_lines' - 'rating_base')::text, rating_lines, rating_base FROM worksheet t""";

    private final Map<String, List<String>> rows;

    private ReadModelDump(Map<String, List<String>> rows) {
        this.rows = rows;
    }

    static ReadModelDump take(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""")) {
            while (rs.next()) {
                if (!NOT_READ_MODELS.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : tables) {
            List<String> texts = new ArrayList<>();
            boolean worksheet = table.equals("worksheet");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    worksheet ? WORKSHEET : "SELECT t::text FROM \"" + table + "\" t")) {
                while (rs.next()) {
                    texts.add(worksheet ? rs.getString(1) + " rating lines " + ratingLines(rs.getBytes(2),
                            rs.getBytes(3)) : rs.getString(1));
                }
            }
            texts.sort(null);
            rows.put(table, texts);
        }
        return new ReadModelDump(rows);
    }

    /** A worksheet row's RATING lines in the standalone form, as hex; "null" when not calculable. */
    private static String ratingLines(byte[] lines, byte[] base) {
        if (lines == null) {
            return "null";
        }
        byte[] standalone = WorksheetLines.encode(WorksheetLines.decodeWithStoredReference(lines, base));
        return HexFormat.of().formatHex(standalone);
    }

    Set<String> tables() {
        return rows.keySet();
    }

    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        rows.forEach((table, texts) -> {
            out.append("-- ").append(table).append(" (").append(texts.size()).append(" rows)\n");
            texts.forEach(t -> out.append(t).append('\n'));
        });
        Files.writeString(file, out);
    }

    /**
     * One table compared with its other dump.
     *
     * @param table     the table
     * @param rows      rows in this dump
     * @param otherRows rows in the other
     * @param onlyHere  rows of this dump the other lacks (as often as they are missing)
     * @param onlyThere rows of the other this one lacks
     */
    record TableComparison(String table, int rows, int otherRows, List<String> onlyHere, List<String> onlyThere) {
        boolean identical() {
            return onlyHere.isEmpty() && onlyThere.isEmpty();
        }
    }

    /** Each table of either dump compared as a multiset of rows. */
    List<TableComparison> compare(ReadModelDump other) {
        Set<String> all = new java.util.TreeSet<>(rows.keySet());
        all.addAll(other.rows.keySet());
        List<TableComparison> out = new ArrayList<>();
        for (String table : all) {
            List<String> here = rows.getOrDefault(table, List.of());
            List<String> there = other.rows.getOrDefault(table, List.of());
            out.add(new TableComparison(table, here.size(), there.size(), minus(here, there), minus(there, here)));
        }
        return out;
    }

    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> count = new HashMap<>();
        b.forEach(row -> count.merge(row, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String row : a) {
            Integer n = count.get(row);
            if (n == null || n == 0) {
                out.add(row);
            } else {
                count.put(row, n - 1);
            }
        }
        return out;
    }

    /** Row counts per table, for the report. */
    Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        rows.forEach((t, r) -> out.put(t, r.size()));
        return out;
    }
}
