package org.sapledger.calc.ventilation;

/** Line (21): infiltration rate incorporating the shelter factor = (18) × (20), ach. */
public final class Line21ShelteredInfiltration {

    private Line21ShelteredInfiltration() {
    }

    public static double compute(double l18, double l20) {
        return l18 * l20;
    }
}
