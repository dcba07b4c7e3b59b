package org.sapledger.domain.dwelling;

/** How infiltration is known (lines (9)–(18)). */
public sealed interface AirTightness {

    /** Which pressure the test reports. */
    enum TestPressure {
        /** Blower-door test, q50 at 50 Pa (line (17)). */
        AP50,
        /** Low-pressure pulse test at 4 Pa (line (17a)). */
        AP4
    }

    /** Construction of the walls for line (11). */
    enum WallConstruction {
        MASONRY, TIMBER_OR_STEEL_FRAME
    }

    /** Ground floor for line (12). */
    enum FloorConstruction {
        SUSPENDED_TIMBER_UNSEALED, SUSPENDED_TIMBER_SEALED, OTHER
    }

    /**
     * A pressure test result.
     *
     * @param pressure AP50 or AP4
     * @param airPermeability m³/h·m² at that pressure
     */
    record PressureTest(TestPressure pressure, double airPermeability) implements AirTightness {
    }

    /**
     * No test: SAP structural infiltration, lines (9)–(16).
     *
     * @param storeys number of storeys (9)
     * @param walls wall construction (11)
     * @param floor floor construction (12)
     * @param draughtLobby whether there is a draught lobby (13)
     * @param percentWindowsDraughtProofed (14), %
     */
    record StructuralInfiltration(int storeys, WallConstruction walls, FloorConstruction floor,
            boolean draughtLobby, double percentWindowsDraughtProofed) implements AirTightness {
    }
}
