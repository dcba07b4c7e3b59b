package org.sapledger.calc.tables;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small comma-separated table read once from this module's classpath (never from the network or the
 * file system). One header row, no quoting, no comment lines.
 */
final class CsvTable {

    private final List<String> header;
    private final List<String[]> rows;

    private CsvTable(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    static CsvTable load(String fileName) {
        String path = "/org/sapledger/calc/tables/" + fileName;
        try (InputStream in = CsvTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing table resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(r.readLine().trim().split(","));
            List<String[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.trim().split(",", -1));
                }
            }
            return new CsvTable(List.copyOf(header), List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + path, e);
        }
    }

    int rowCount() {
        return rows.size();
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalStateException("no column " + name + " in " + header);
        }
        return i;
    }

    String text(int row, String column) {
        return rows.get(row)[column(column)];
    }

    double number(int row, String column) {
        return Double.parseDouble(text(row, column));
    }

    /** The twelve month columns jan..dec of one row. */
    double[] months(int row) {
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = number(row, names[m]);
        }
        return out;
    }

    /** One column read down all rows (for tables with one row per month). */
    double[] columnValues(String column) {
        double[] out = new double[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(i, column);
        }
        return out;
    }
}
