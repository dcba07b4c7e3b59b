package org.sapledger.calc.hotwater;

import org.sapledger.calc.tables.Months;
import org.sapledger.domain.dwelling.CylinderInsulation;

/**
 * Lines (47)–(57): storage loss of a hot-water cylinder (SAP 2012 Tables 2, 2a, 2b; no SAP 10.2 reference
 * dwelling has a cylinder).
 */
public final class Line47To57StorageLoss {

    private Line47To57StorageLoss() {
    }

    /** (50) = (48) × (49), kWh/day. */
    public static double declared50(double l48, double l49) {
        return l48 * l49;
    }

    /**
     * (51) Table 2 loss factor, kWh/litre/day: factory-applied 0.005 + 0.55 ÷ (t + 4.0), loose jacket
     * 0.005 + 1.76 ÷ (t + 12.8), t = insulation thickness in mm.
     */
    public static double lossFactor51(CylinderInsulation insulation, double thicknessMm) {
        return insulation == CylinderInsulation.FACTORY_APPLIED
                ? 0.005 + 0.55 / (thicknessMm + 4.0) : 0.005 + 1.76 / (thicknessMm + 12.8);
    }

    /** (52) Table 2a volume factor = (120 ÷ V)^(1/3). */
    public static double volumeFactor52(double volumeLitres) {
        return Math.cbrt(120 / volumeLitres);
    }

    /** (54) = (47) × (51) × (52) × (53), kWh/day. */
    public static double table54(double l47, double l51, double l52, double l53) {
        return l47 * l51 * l52 * l53;
    }

    /** (56)m = (55) × n_m, kWh. */
    public static double[] monthly56(double l55) {
        double[] out = new double[12];
        for (int m = 0; m < 12; m++) {
            out[m] = l55 * Months.days(m);
        }
        return out;
    }
}
