package org.sapledger.calc.heatloss;

import java.util.List;
import org.sapledger.domain.dwelling.Door;

/** Line (26): doors, Σ A × U, W/K. */
public final class Line26Doors {

    private Line26Doors() {
    }

    public static double compute(List<Door> doors) {
        double sum = 0;
        for (Door d : doors) {
            sum += d.area() * d.uValue();
        }
        return sum;
    }
}
