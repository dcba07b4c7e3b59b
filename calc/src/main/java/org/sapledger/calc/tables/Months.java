package org.sapledger.calc.tables;

/** Table 1a: number of days in each month (worksheet line (41)m), and month helpers. */
public final class Months {

    private Months() {
    }

    /** Number of months; every monthly line has this many values, January first. */
    public static final int COUNT = 12;

    private static final double[] DAYS = CsvTable.load("table_1a_days_per_month.csv").columnValues("days");

    /** Days in month {@code m} (0 = January). */
    public static double days(int m) {
        return DAYS[m];
    }

    /** A fresh copy of the twelve day counts. */
    public static double[] days() {
        return DAYS.clone();
    }

    /** Σ of twelve monthly values, January first: the annual total of a monthly line. */
    public static double total(double[] monthly) {
        double sum = 0;
        for (double x : monthly) {
            sum += x;
        }
        return sum;
    }
}
