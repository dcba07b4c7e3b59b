package org.sapledger.calc.ventilation;

/** Line (8): air changes per hour from openings = [(6a)+…+(7c)] ÷ (5). */
public final class Line8OpeningsAirChanges {

    private Line8OpeningsAirChanges() {
    }

    public static double compute(double l6a, double l6b, double l6c, double l6d, double l6e, double l6f,
            double l7a, double l7b, double l7c, double volume5) {
        double total = l6a + l6b + l6c + l6d + l6e + l6f + l7a + l7b + l7c;
        return total / volume5;
    }
}
