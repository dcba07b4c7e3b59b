package org.sapledger.calc.dimensions;

import java.util.List;
import org.sapledger.domain.dwelling.Storey;

/** Line (5): dwelling volume V = Σ (3) = Σ (1) × (2), m³. */
public final class Line5Volume {

    private Line5Volume() {
    }

    public static double compute(List<Storey> storeys) {
        double sum = 0;
        for (Storey s : storeys) {
            sum += s.floorArea() * s.storeyHeight();
        }
        return sum;
    }
}
