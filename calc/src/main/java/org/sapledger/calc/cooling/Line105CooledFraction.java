package org.sapledger.calc.cooling;

/** Line (105): cooled fraction f_C = cooled area ÷ (4). */
public final class Line105CooledFraction {

    private Line105CooledFraction() {
    }

    public static double compute(double cooledArea, double tfa4) {
        return cooledArea / tfa4;
    }
}
