package org.sapledger.calc.ventilation;

import org.sapledger.domain.dwelling.AirTightness.FloorConstruction;
import org.sapledger.domain.dwelling.AirTightness.WallConstruction;

/**
 * Lines (9)–(16): infiltration without a pressure test (SAP structural-infiltration route), ach. The rates are
 * those of the SAP 2012 worksheet; no SAP 10.2 reference dwelling uses this route.
 */
public final class Line9To16StructuralInfiltration {

    private Line9To16StructuralInfiltration() {
    }

    /** (10) = ((9) − 1) × 0.1. */
    public static double storeys10(int storeys9) {
        return (storeys9 - 1) * 0.1;
    }

    /** (11): 0.25 for steel or timber frame, 0.35 for masonry. */
    public static double walls11(WallConstruction w) {
        return w == WallConstruction.TIMBER_OR_STEEL_FRAME ? 0.25 : 0.35;
    }

    /** (12): 0.2 unsealed, 0.1 sealed suspended wooden floor, else 0. */
    public static double floor12(FloorConstruction f) {
        return switch (f) {
            case SUSPENDED_TIMBER_UNSEALED -> 0.2;
            case SUSPENDED_TIMBER_SEALED -> 0.1;
            case OTHER -> 0;
        };
    }

    /** (13): 0.05 when there is no draught lobby, else 0. */
    public static double lobby13(boolean draughtLobby) {
        return draughtLobby ? 0 : 0.05;
    }

    /** (15) = 0.25 − [0.2 × (14) ÷ 100]. */
    public static double windows15(double percentDraughtProofed14) {
        return 0.25 - (0.2 * percentDraughtProofed14 / 100);
    }

    /** (16) = (8) + (10) + (11) + (12) + (13) + (15). */
    public static double infiltration16(double l8, double l10, double l11, double l12, double l13, double l15) {
        return l8 + l10 + l11 + l12 + l13 + l15;
    }
}
