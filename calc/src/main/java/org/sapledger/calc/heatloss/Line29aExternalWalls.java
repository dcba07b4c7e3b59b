package org.sapledger.calc.heatloss;

import java.util.List;
import java.util.Map;
import org.sapledger.domain.dwelling.Wall;

/** Line (29a): external walls, Σ (gross area − openings) × U, W/K. */
public final class Line29aExternalWalls {

    private Line29aExternalWalls() {
    }

    public static double compute(List<Wall> walls, Map<String, Double> openingsByWall) {
        double sum = 0;
        for (Wall w : walls) {
            sum += OpeningAreas.net(w.grossArea(), openingsByWall, w.id()) * w.uValue();
        }
        return sum;
    }
}
