package org.sapledger.calc.dimensions;

import java.util.List;
import org.sapledger.domain.dwelling.Storey;

/** Line (4): total floor area TFA = Σ (1) over every floor record, m². */
public final class Line4TotalFloorArea {

    private Line4TotalFloorArea() {
    }

    public static double compute(List<Storey> storeys) {
        double sum = 0;
        for (Storey s : storeys) {
            sum += s.floorArea();
        }
        return sum;
    }
}
