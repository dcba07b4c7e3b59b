package org.sapledger.calc.heatloss;

import java.util.List;
import org.sapledger.domain.dwelling.Floor;
import org.sapledger.domain.dwelling.FloorKind;

/** Lines (28a) ground floors and (28b) exposed floors, Σ A × U, W/K. */
public final class Line28Floors {

    private Line28Floors() {
    }

    public static double compute(List<Floor> floors, FloorKind kind) {
        double sum = 0;
        for (Floor f : floors) {
            if (f.kind() == kind) {
                sum += f.area() * f.uValue();
            }
        }
        return sum;
    }
}
