package org.sapledger.query.worksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.ThermalMass;
import org.sapledger.sapxml.SapXmlReader;

/**
 * A subject's RATING lines are written relative to a base kept in its row (V16): a change is stored as its
 * difference from the base, which is rewritten only when the lines have drifted from it, and what is stored always
 * reads back bit for bit.
 */
class StoredRatingLinesTest {

    private static final Path M1 = Path.of("../calc/src/test/resources/reference/m1-detached-100m2.xml");

    /** The load harness's cycle of commands (issue 7), as changes of the dwelling. */
    private static final List<UnaryOperator<Dwelling>> HARNESS_CYCLE = List.of(
            d -> d.withWalls(d.walls().stream().map(w -> w.withUValue(0.3)).toList()),
            d -> d.withCooling(new Cooling(40, new CoolingEfficiency.DeclaredSeer(5.1))),
            d -> d.withThermalMass(ThermalMass.declared(150)),
            d -> d.withThermalBridging(new ThermalBridging.YValue(0.1)),
            d -> d.withWalls(d.walls().stream().map(w -> w.withUValue(0.5)).toList()),
            d -> d.withCooling(Cooling.NONE),
            d -> d.withThermalMass(ThermalMass.declared(250)),
            d -> d.withThermalBridging(new ThermalBridging.YValue(0.15)));

    @Test
    void withoutABaseTheLinesBecomeTheBaseAndTakeTwoBitsAValue() throws IOException {
        Worksheet rating = Worksheet.calculate(m1(), CalculationBasis.RATING);

        StoredRatingLines stored = StoredRatingLines.of(rating, null);

        assertThat(stored.newBase()).isEqualTo(WorksheetLines.encode(rating));
        assertThat(stored.base().lines()).isEqualTo(rating.lines());
        assertThat(stored.base().storedLength()).isEqualTo(stored.newBase().length);
        assertThat(WorksheetLines.isRelative(stored.lines())).isTrue();
        assertThat(stored.lines()).as("a form byte, a line count, and two bits for each of the 720 values")
                .hasSize(3 + 720 / 4);
        assertThat(WorksheetLines.decode(stored.lines(), stored.base().lines())).isEqualTo(rating.lines());
    }

    @Test
    void theHarnessCycleIsStoredAsDifferencesFromABaseRewrittenOnlyWhenTheLinesDrift() throws IOException {
        Dwelling dwelling = m1();
        RatingLinesBase base = StoredRatingLines.of(Worksheet.calculate(dwelling, CalculationBasis.RATING), null)
                .base();
        int written = 0;
        int wholeEachTime = 0;
        List<Integer> newBases = new ArrayList<>();
        for (int event = 0; event < 2 * HARNESS_CYCLE.size(); event++) {
            dwelling = HARNESS_CYCLE.get(event % HARNESS_CYCLE.size()).apply(dwelling);
            Worksheet rating = Worksheet.calculate(dwelling, CalculationBasis.RATING);

            StoredRatingLines stored = StoredRatingLines.of(rating, base);

            assertThat(WorksheetLines.decode(stored.lines(), stored.base().lines())).as("event %d", event)
                    .isEqualTo(rating.lines());
            if (stored.newBase() == null) {
                assertThat(stored.base()).as("the stored base is kept").isSameAs(base);
                assertThat(stored.lines().length).isLessThanOrEqualTo(base.storedLength() / 2);
            } else {
                newBases.add(event);
                written += stored.newBase().length;
            }
            written += stored.lines().length;
            wholeEachTime += WorksheetLines.encode(rating).length;
            base = stored.base();
        }
        // the four changes reach much the same ≈ 90 of the 720 values: the lines never drift far from the base
        assertThat(newBases).as("events that rewrote the base").isEmpty();
        assertThat(written).as("bytes of RATING lines written over two cycles").isLessThan(wholeEachTime / 4);
    }

    @Test
    void aChangeOfCoolingAloneStoresOnlyTheCoolingLines() throws IOException {
        Dwelling dwelling = m1();
        StoredRatingLines first = StoredRatingLines.of(Worksheet.calculate(dwelling, CalculationBasis.RATING), null);
        Worksheet cooled = Worksheet.calculate(HARNESS_CYCLE.get(1).apply(dwelling), CalculationBasis.RATING);

        StoredRatingLines stored = StoredRatingLines.of(cooled, first.base());

        assertThat(stored.newBase()).isNull();
        long changedValues = changedValues(first.base().lines(), cooled.lines());
        assertThat(changedValues).isPositive().isLessThan(720 / 4);
        assertThat(stored.lines().length).as("two bits a value, eight bytes a changed one, at most")
                .isLessThanOrEqualTo(3 + 720 / 4 + 8 * (int) changedValues);
    }

    @Test
    void linesThatDriftedFromTheBaseBecomeTheNewBase() throws IOException {
        Worksheet rating = Worksheet.calculate(m1(), CalculationBasis.RATING);
        Map<String, LineValue> drifted = new LinkedHashMap<>();
        rating.lines().forEach((key, value) -> drifted.put(key, value instanceof LineValue.Scalar scalar
                ? new LineValue.Scalar(scalar.value() + 1)
                : new LineValue.Monthly(((LineValue.Monthly) value).values().stream().map(v -> v + 1).toList())));
        RatingLinesBase old = new RatingLinesBase(WorksheetLines.Reference.of(drifted),
                WorksheetLines.encode(drifted).length);

        StoredRatingLines stored = StoredRatingLines.of(rating, old);

        assertThat(stored.newBase()).isEqualTo(WorksheetLines.encode(rating));
        assertThat(WorksheetLines.decode(stored.lines(), stored.base().lines())).isEqualTo(rating.lines());
    }

    @Test
    void aBaseWithOtherLinesIsReplaced() throws IOException {
        Worksheet rating = Worksheet.calculate(m1(), CalculationBasis.RATING);
        Map<String, LineValue> fewer = new LinkedHashMap<>(rating.lines());
        fewer.remove(fewer.keySet().iterator().next());
        RatingLinesBase old = new RatingLinesBase(WorksheetLines.Reference.of(fewer),
                WorksheetLines.encode(fewer).length);

        StoredRatingLines stored = StoredRatingLines.of(rating, old);

        assertThat(stored.newBase()).isNotNull();
        assertThat(WorksheetLines.decode(stored.lines(), stored.base().lines())).isEqualTo(rating.lines());
    }

    private static long changedValues(Map<String, LineValue> before, Map<String, LineValue> after) {
        long changed = 0;
        for (Map.Entry<String, LineValue> line : after.entrySet()) {
            List<Double> a = values(line.getValue());
            List<Double> b = values(before.get(line.getKey()));
            for (int i = 0; i < a.size(); i++) {
                changed += Double.doubleToRawLongBits(a.get(i)) == Double.doubleToRawLongBits(b.get(i)) ? 0 : 1;
            }
        }
        return changed;
    }

    private static List<Double> values(LineValue value) {
        return value instanceof LineValue.Scalar scalar ? List.of(scalar.value())
                : ((LineValue.Monthly) value).values();
    }

    private static Dwelling m1() throws IOException {
        return SapXmlReader.read(Files.readString(M1), ClimateRegion.UK_AVERAGE).dwelling();
    }
}
