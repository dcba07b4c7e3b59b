package org.sapledger.calc.heatloss;

import java.util.Map;
import java.util.OptionalDouble;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Floor;
import org.sapledger.domain.dwelling.InternalElement;
import org.sapledger.domain.dwelling.PartyWall;
import org.sapledger.domain.dwelling.Roof;
import org.sapledger.domain.dwelling.Wall;

/** Line (34): heat capacity Cm = Σ A × κ over every element with a κ-value (net areas), kJ/K. */
public final class Line34HeatCapacity {

    private Line34HeatCapacity() {
    }

    public static double compute(Dwelling d) {
        double sum = 0;
        Map<String, Double> inWalls = OpeningAreas.inWalls(d.doors(), d.windows());
        for (Wall w : d.walls()) {
            sum += product(OpeningAreas.net(w.grossArea(), inWalls, w.id()), w.kappa());
        }
        Map<String, Double> inRoofs = OpeningAreas.inRoofs(d.roofWindows());
        for (Roof r : d.roofs()) {
            sum += product(OpeningAreas.net(r.grossArea(), inRoofs, r.id()), r.kappa());
        }
        for (Floor f : d.floors()) {
            sum += product(f.area(), f.kappa());
        }
        for (PartyWall p : d.partyWalls()) {
            sum += product(p.area(), p.kappa());
        }
        for (InternalElement e : d.internalElements()) {
            sum += product(e.area(), e.kappa());
        }
        return sum;
    }

    private static double product(double area, OptionalDouble kappa) {
        return kappa.isPresent() ? area * kappa.getAsDouble() : 0;
    }
}
