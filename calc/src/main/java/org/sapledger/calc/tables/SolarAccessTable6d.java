package org.sapledger.calc.tables;

import org.sapledger.domain.dwelling.Overshading;

/** Table 6d: winter and summer solar access factors and the light access factor, by overshading. */
public final class SolarAccessTable6d {

    private SolarAccessTable6d() {
    }

    private static final double[] WINTER = new double[5];
    private static final double[] SUMMER = new double[5];
    private static final double[] LIGHT = new double[5];

    static {
        CsvTable t = CsvTable.load("table_6d_access_factors.csv");
        for (int i = 0; i < t.rowCount(); i++) {
            int code = Integer.parseInt(t.text(i, "sap10_xml_windows_overshading_code"));
            WINTER[code] = t.number(i, "winter_solar_access_factor");
            SUMMER[code] = t.number(i, "summer_solar_access_factor");
            LIGHT[code] = t.number(i, "light_access_factor");
        }
    }

    public static double winter(Overshading o) {
        return WINTER[o.code()];
    }

    public static double summer(Overshading o) {
        return SUMMER[o.code()];
    }

    public static double light(Overshading o) {
        return LIGHT[o.code()];
    }
}
