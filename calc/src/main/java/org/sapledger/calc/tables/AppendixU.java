package org.sapledger.calc.tables;

import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Orientation;

/** Appendix U: Tables U1–U5, loaded once from the classpath. */
public final class AppendixU {

    private AppendixU() {
    }

    private static final Climate[] CLIMATES = new Climate[ClimateRegion.MAX_CODE + 1];
    private static final double[][] U5;

    static {
        CsvTable u1 = CsvTable.load("table_u1_external_temperature_C.csv");
        CsvTable u2 = CsvTable.load("table_u2_wind_speed_m_s.csv");
        CsvTable u3 = CsvTable.load("table_u3_solar_irradiance_horizontal_W_m2.csv");
        CsvTable u4 = CsvTable.load("table_u4_latitude_height.csv");
        double[] declination = CsvTable.load("table_u3_solar_declination_deg.csv").columnValues("declination_deg");
        for (int r = 0; r <= ClimateRegion.MAX_CODE; r++) {
            checkRegion(u1, r);
            checkRegion(u2, r);
            checkRegion(u3, r);
            checkRegion(u4, r);
            CLIMATES[r] = new Climate(r, u1.months(r), u2.months(r), u3.months(r),
                    u4.number(r, "latitude_deg_N"), declination.clone());
        }
        CsvTable u5 = CsvTable.load("table_u5_solar_flux_constants.csv");
        String[] columns = {"north", "ne_nw", "east_west", "se_sw", "south"};
        U5 = new double[columns.length][9];
        for (int c = 0; c < columns.length; c++) {
            for (int k = 0; k < 9; k++) {
                U5[c][k] = u5.number(k, columns[c]);
            }
        }
    }

    private static void checkRegion(CsvTable t, int r) {
        if (Integer.parseInt(t.text(r, "region_id")) != r) {
            throw new IllegalStateException("Appendix U table rows out of order at region " + r);
        }
    }

    /** The climate of region {@code code} (0 = UK average). */
    public static Climate climate(int code) {
        return CLIMATES[code];
    }

    /**
     * Table U5 constants k1..k9 for an orientation: column N, NE/NW, E/W, SE/SW or S. Horizontal openings use
     * the south column (with tilt 0 every constant is multiplied by 0, so the choice does not matter).
     */
    public static double[] fluxConstants(Orientation o) {
        return switch (o) {
            case NORTH -> U5[0];
            case NORTH_EAST, NORTH_WEST -> U5[1];
            case EAST, WEST -> U5[2];
            case SOUTH_EAST, SOUTH_WEST -> U5[3];
            case SOUTH, HORIZONTAL -> U5[4];
        };
    }
}
