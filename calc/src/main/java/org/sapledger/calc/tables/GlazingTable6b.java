package org.sapledger.calc.tables;

import org.sapledger.domain.dwelling.GlazingType;

/** Table 6b: solar energy transmittance g⊥ and light transmittance g_L by glazing type. */
public final class GlazingTable6b {

    private GlazingTable6b() {
    }

    private static final double[] G_PERP = new double[GlazingType.values().length + 1];
    private static final double[] G_LIGHT = new double[GlazingType.values().length + 1];

    static {
        CsvTable t = CsvTable.load("table_6b_glazing.csv");
        for (int i = 0; i < t.rowCount(); i++) {
            int code = Integer.parseInt(t.text(i, "sap10_xml_glazing_type_code"));
            G_PERP[code] = t.number(i, "solar_energy_transmittance_g_perp");
            G_LIGHT[code] = t.number(i, "light_transmittance_g_L");
        }
    }

    /** g⊥ for normal incidence. */
    public static double solarTransmittance(GlazingType type) {
        return G_PERP[type.code()];
    }

    /** g_L. */
    public static double lightTransmittance(GlazingType type) {
        return G_LIGHT[type.code()];
    }
}
