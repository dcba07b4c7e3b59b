package org.sapledger.calc.heatloss;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sapledger.domain.dwelling.Door;
import org.sapledger.domain.dwelling.RoofWindow;
import org.sapledger.domain.dwelling.Window;

/** Area of the openings held by each wall or roof, m², used for the net areas of (29a) and (30). */
public final class OpeningAreas {

    private OpeningAreas() {
    }

    /** Σ area of doors and windows per host wall id. */
    public static Map<String, Double> inWalls(List<Door> doors, List<Window> windows) {
        Map<String, Double> out = new HashMap<>();
        for (Door d : doors) {
            out.merge(d.hostId(), d.area(), Double::sum);
        }
        for (Window w : windows) {
            out.merge(w.hostId(), w.area(), Double::sum);
        }
        return out;
    }

    /** Σ area of roof windows per host roof id. */
    public static Map<String, Double> inRoofs(List<RoofWindow> roofWindows) {
        Map<String, Double> out = new HashMap<>();
        for (RoofWindow w : roofWindows) {
            out.merge(w.hostId(), w.area(), Double::sum);
        }
        return out;
    }

    /** Net area = gross − openings (0 openings when the element holds none). */
    public static double net(double gross, Map<String, Double> openings, String id) {
        Double o = openings.get(id);
        return o == null ? gross : gross - o;
    }
}
