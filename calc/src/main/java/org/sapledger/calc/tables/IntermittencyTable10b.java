package org.sapledger.calc.tables;

/**
 * Table 10b: cooling intermittency factor by month, worksheet line (106)m.
 *
 * <p>This is the one place that decides which months carry cooling. The values are the SAP 2009/2012 Table
 * 10b (0.25 for June, July and August, 0 otherwise): the best-sourced reading for SAP 10.2. See
 * {@code calc/README.md}, "Uncertain rules".
 */
public final class IntermittencyTable10b {

    private IntermittencyTable10b() {
    }

    private static final double[] FACTOR =
            CsvTable.load("table_10b_intermittency_factor.csv").columnValues("intermittency_factor");

    /** The factor for month {@code m} (0 = January). */
    public static double factor(int m) {
        return FACTOR[m];
    }
}
