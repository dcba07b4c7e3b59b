package org.sapledger.calc.heatloss;

import java.util.Map;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Door;
import org.sapledger.domain.dwelling.Floor;
import org.sapledger.domain.dwelling.Roof;
import org.sapledger.domain.dwelling.RoofWindow;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.dwelling.Window;

/**
 * Line (31): total area of external elements, m²: doors + windows + roof windows + floors + net walls + net
 * roofs. Party walls and internal elements are excluded.
 */
public final class Line31ExternalArea {

    private Line31ExternalArea() {
    }

    public static double compute(Dwelling d) {
        double sum = 0;
        for (Door x : d.doors()) {
            sum += x.area();
        }
        for (Window x : d.windows()) {
            sum += x.area();
        }
        for (RoofWindow x : d.roofWindows()) {
            sum += x.area();
        }
        for (Floor x : d.floors()) {
            sum += x.area();
        }
        Map<String, Double> inWalls = OpeningAreas.inWalls(d.doors(), d.windows());
        for (Wall w : d.walls()) {
            sum += OpeningAreas.net(w.grossArea(), inWalls, w.id());
        }
        Map<String, Double> inRoofs = OpeningAreas.inRoofs(d.roofWindows());
        for (Roof r : d.roofs()) {
            sum += OpeningAreas.net(r.grossArea(), inRoofs, r.id());
        }
        return sum;
    }
}
