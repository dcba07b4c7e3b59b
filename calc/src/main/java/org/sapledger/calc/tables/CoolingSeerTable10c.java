package org.sapledger.calc.tables;

import java.util.EnumMap;
import java.util.Map;
import org.sapledger.domain.dwelling.CoolingEnergyClass;

/**
 * Table 10c as used here: default seasonal energy efficiency ratio by cooling energy class.
 *
 * <p>The SAP 10.2 Table 10c was not available. The values are the lower bound of each cooling SEER band of the
 * EU energy label for air conditioners (Delegated Regulation (EU) No 626/2011, Annex II); G is extrapolated
 * one 0.5 band below F, and ND and Unknown take the G value. This is the one place to change when the SAP
 * 10.2 table is obtained. See {@code calc/README.md}, "Uncertain rules".
 */
public final class CoolingSeerTable10c {

    private CoolingSeerTable10c() {
    }

    private static final Map<CoolingEnergyClass, Double> SEER = new EnumMap<>(CoolingEnergyClass.class);

    static {
        CsvTable t = CsvTable.load("table_10c_seer_by_energy_class.csv");
        for (int i = 0; i < t.rowCount(); i++) {
            String code = t.text(i, "energy_class");
            CoolingEnergyClass c = CoolingEnergyClass.fromCode(code)
                    .orElseThrow(() -> new IllegalStateException("unknown class " + code));
            SEER.put(c, t.number(i, "seer"));
        }
        for (CoolingEnergyClass c : CoolingEnergyClass.values()) {
            if (!SEER.containsKey(c)) {
                throw new IllegalStateException("Table 10c has no row for " + c.code());
            }
        }
    }

    public static double seer(CoolingEnergyClass c) {
        return SEER.get(c);
    }
}
