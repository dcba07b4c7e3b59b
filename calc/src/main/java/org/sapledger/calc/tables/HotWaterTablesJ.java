package org.sapledger.calc.tables;

import org.sapledger.domain.dwelling.ColdWaterSource;

/**
 * Appendix J monthly data: cold-water temperature by source, and the monthly factors for baths and for other
 * uses (values recovered from the SAP 10.2 engine for region 0).
 */
public final class HotWaterTablesJ {

    private HotWaterTablesJ() {
    }

    private static final double[] MAINS;
    private static final double[] HEADER_TANK;
    private static final double[] BATH;
    private static final double[] OTHER;

    static {
        CsvTable t = CsvTable.load("appendix_j_hot_water_monthly.csv");
        MAINS = t.columnValues("cold_water_mains_C");
        HEADER_TANK = t.columnValues("cold_water_header_tank_C");
        BATH = t.columnValues("bath_factor");
        OTHER = t.columnValues("other_use_factor");
    }

    /** Cold-water temperature T_c,m, °C. */
    public static double coldWaterTemperature(ColdWaterSource source, int m) {
        return source == ColdWaterSource.MAINS ? MAINS[m] : HEADER_TANK[m];
    }

    /** Monthly factor f_b,m for bath water use. */
    public static double bathFactor(int m) {
        return BATH[m];
    }

    /** Monthly factor f_o,m for other hot-water uses. */
    public static double otherUseFactor(int m) {
        return OTHER[m];
    }
}
