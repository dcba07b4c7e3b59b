package org.sapledger.calc.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.fixtures.RandomDwellings;
import org.sapledger.calc.tables.AppendixU;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * Every formula reads only the lines it declares as dependencies, so the incremental evaluator never leaves a
 * stale value behind.
 */
class LineGraphConsistencyTest {

    @Test
    void formulasReadOnlyDeclaredDependencies() {
        LineGraph graph = LineGraph.instance();
        List<String> undeclared = new ArrayList<>();
        for (long seed = 0; seed < 200; seed++) {
            Dwelling d = RandomDwellings.dwelling(seed);
            Inputs in = new Inputs(d, AppendixU.climate(CalculationBasis.LOCAL.region(d)));
            double[][] values = new double[Line.values().length][];
            for (Line line : Line.values()) {
                LineDefinition def = graph.definition(line);
                Set<Line> allowed = Set.copyOf(def.dependencies());
                Values checking = new Values() {
                    private void check(Line l) {
                        if (!allowed.contains(l)) {
                            undeclared.add(line.key() + " reads " + l.key());
                        }
                    }

                    @Override
                    public double s(Line l) {
                        check(l);
                        return values[l.ordinal()][0];
                    }

                    @Override
                    public double[] m(Line l) {
                        check(l);
                        return values[l.ordinal()];
                    }

                    @Override
                    public boolean present(Line l) {
                        check(l);
                        return values[l.ordinal()] != null;
                    }
                };
                values[line.ordinal()] = def.formula().compute(in, checking);
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyLineHasTheDeclaredShape() {
        for (long seed = 0; seed < 50; seed++) {
            Dwelling d = RandomDwellings.dwelling(seed);
            double[][] values = LineGraph.instance().evaluateAll(new Inputs(d, AppendixU.climate(0)));
            for (Line l : Line.values()) {
                double[] v = values[l.ordinal()];
                if (v != null) {
                    assertThat(v).as(l.key()).hasSize(l.kind() == ValueKind.SCALAR ? 1 : 12);
                }
            }
        }
    }

    @Test
    void aWallUValueFieldDoesNotReachVentilationOrGains() {
        List<String> keys = LineGraph.keys(LineGraph.instance().downstreamOf(InputField.WALLS_U));
        assertThat(keys).doesNotContain("22b", "25", "38", "66", "73", "83", "84", "103", "105");
        assertThat(keys).contains("29a", "33", "37", "39", "40", "100", "107", "221");
    }
}
