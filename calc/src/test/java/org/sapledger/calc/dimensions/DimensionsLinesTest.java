package org.sapledger.calc.dimensions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sapledger.domain.dwelling.Storey;

class DimensionsLinesTest {

    private final List<Storey> storeys = List.of(new Storey("g", 50, 2.5), new Storey("f1", 40, 2.4),
            new Storey("rr", 10, 2.0));

    @Test
    void line4IsTheSumOfFloorAreasIncludingARoomInRoof() {
        assertThat(Line4TotalFloorArea.compute(storeys)).isEqualTo(100.0);
    }

    @Test
    void line5IsTheSumOfAreaTimesHeight() {
        assertThat(Line5Volume.compute(storeys)).isEqualTo(50 * 2.5 + 40 * 2.4 + 10 * 2.0);
    }
}
