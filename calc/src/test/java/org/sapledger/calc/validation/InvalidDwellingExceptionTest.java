package org.sapledger.calc.validation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sapledger.calc.ReferenceDwellings;
import org.sapledger.domain.dwelling.Dwelling;

/** {@code requireValid} refuses every invalid dwelling every time, whatever it validated before. */
class InvalidDwellingExceptionTest {

    private final Dwelling valid = ReferenceDwellings.M1_DETACHED.dwelling();
    private final Dwelling invalid = valid.withWalls(List.of(valid.walls().get(0).withUValue(0)));

    @Test
    void aValidDwellingPassesAgainAndAnInvalidOneIsRefusedAgain() {
        assertThatCode(() -> InvalidDwellingException.requireValid(valid)).doesNotThrowAnyException();
        assertThatCode(() -> InvalidDwellingException.requireValid(valid)).doesNotThrowAnyException();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> InvalidDwellingException.requireValid(invalid))
                    .isInstanceOf(InvalidDwellingException.class)
                    .hasMessageContaining("walls[sap_wall_1_1].uValue");
        }
        assertThatCode(() -> InvalidDwellingException.requireValid(valid)).doesNotThrowAnyException();
    }

    @Test
    void anEqualButDistinctInvalidDwellingIsRefused() {
        InvalidDwellingException.requireValid(valid);
        Dwelling sameValuesInvalid = valid.withWalls(List.of(valid.walls().get(0).withUValue(0)));
        assertThatThrownBy(() -> InvalidDwellingException.requireValid(sameValuesInvalid))
                .isInstanceOf(InvalidDwellingException.class);
    }
}
