package org.sapledger.calc.heatloss;

import java.util.List;
import java.util.Map;
import org.sapledger.domain.dwelling.Roof;

/** Line (30): roofs, Σ (gross area − roof windows) × U, W/K. */
public final class Line30Roofs {

    private Line30Roofs() {
    }

    public static double compute(List<Roof> roofs, Map<String, Double> openingsByRoof) {
        double sum = 0;
        for (Roof r : roofs) {
            sum += OpeningAreas.net(r.grossArea(), openingsByRoof, r.id()) * r.uValue();
        }
        return sum;
    }
}
