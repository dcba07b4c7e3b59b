package org.sapledger.calc.ventilation;

/** Line (18): infiltration rate, ach: (17) ÷ 20 + (8) with a pressure test, otherwise (16). */
public final class Line18InfiltrationRate {

    private Line18InfiltrationRate() {
    }

    public static double fromPressureTest(double q50, double l8) {
        return q50 / 20 + l8;
    }
}
