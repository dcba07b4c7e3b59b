package org.sapledger.calc.cooling;

import org.sapledger.calc.tables.CoolingSeerTable10c;
import org.sapledger.domain.dwelling.CoolingEfficiency;

/** Line (209): seasonal energy efficiency ratio of the cooling system: as declared, else Table 10c by class. */
public final class Line209CoolingSeer {

    private Line209CoolingSeer() {
    }

    public static double compute(CoolingEfficiency e) {
        if (e instanceof CoolingEfficiency.DeclaredSeer s) {
            return s.seer();
        }
        return CoolingSeerTable10c.seer(((CoolingEfficiency.EnergyClass) e).energyClass());
    }
}
