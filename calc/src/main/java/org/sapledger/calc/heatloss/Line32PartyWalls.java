package org.sapledger.calc.heatloss;

import java.util.List;
import org.sapledger.domain.dwelling.PartyWall;

/** Line (32): party walls, Σ A × U with the U-value as given, W/K. */
public final class Line32PartyWalls {

    private Line32PartyWalls() {
    }

    public static double compute(List<PartyWall> partyWalls) {
        double sum = 0;
        for (PartyWall p : partyWalls) {
            sum += p.area() * p.uValue();
        }
        return sum;
    }
}
