package org.sapledger.calc.ventilation;

/** Line (20): shelter factor = 1 − [0.075 × (19)]. */
public final class Line20ShelterFactor {

    private Line20ShelterFactor() {
    }

    public static double compute(int shelteredSides19) {
        return 1 - (0.075 * shelteredSides19);
    }
}
