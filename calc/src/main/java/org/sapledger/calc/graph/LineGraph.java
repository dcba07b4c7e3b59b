package org.sapledger.calc.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sapledger.calc.cooling.CoolingSection;
import org.sapledger.calc.dimensions.DimensionsSection;
import org.sapledger.calc.heatloss.HeatLossSection;
import org.sapledger.calc.hotwater.HotWaterSection;
import org.sapledger.calc.internalgains.InternalGainsSection;
import org.sapledger.calc.solargains.SolarGainsSection;
import org.sapledger.calc.ventilation.VentilationSection;

/**
 * The explicit dependency graph: input fields → lines → lines. Lines are evaluated in {@link Line} order, which
 * is checked to be topological. Full and incremental evaluation run the same {@link Formula} of each line, so
 * they give bit-for-bit the same numbers.
 */
public final class LineGraph {

    private static final LineGraph INSTANCE = create();

    private final LineDefinition[] definitions;
    private final Map<InputField, int[]> downstream = new EnumMap<>(InputField.class);
    private final Map<InputField, List<String>> downstreamKeys = new EnumMap<>(InputField.class);
    private final int[] all;
    /**
     * Closures of the sets of several fields met so far (a change usually touches the same few fields: an element
     * edit, cooling on or off), so each is computed once. Bounded: past {@link #MAX_MEMOISED} sets, computed.
     */
    private final Map<Set<InputField>, int[]> closures = new ConcurrentHashMap<>();
    private static final int MAX_MEMOISED = 4096;

    LineGraph(LineDefinition[] definitions) {
        this.definitions = definitions;
        this.all = new int[definitions.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        for (InputField f : InputField.values()) {
            int[] c = closure(Set.of(f));
            downstream.put(f, c);
            downstreamKeys.put(f, List.copyOf(keys(c)));
        }
    }

    private static LineGraph create() {
        GraphBuilder b = new GraphBuilder();
        DimensionsSection.define(b);
        VentilationSection.define(b);
        HeatLossSection.define(b);
        HotWaterSection.define(b);
        InternalGainsSection.define(b);
        SolarGainsSection.define(b);
        CoolingSection.define(b);
        return b.build();
    }

    public static LineGraph instance() {
        return INSTANCE;
    }

    public LineDefinition definition(Line line) {
        return definitions[line.ordinal()];
    }

    /** Ordinals of every line, in evaluation order. */
    public int[] allLines() {
        return all.clone();
    }

    /** Ordinals of the lines downstream of one input field, in evaluation order. */
    public int[] downstreamOf(InputField field) {
        return downstream.get(field);
    }

    /** Ordinals of the lines downstream of any of the fields, in evaluation order. */
    public int[] downstreamOf(Set<InputField> fields) {
        if (fields.size() == 1) {
            return downstream.get(fields.iterator().next());
        }
        int[] known = closures.get(fields);
        if (known != null) {
            return known;
        }
        int[] computed = closure(fields);
        if (closures.size() < MAX_MEMOISED) {
            closures.putIfAbsent(fields.isEmpty() ? Set.of() : EnumSet.copyOf(fields), computed);
        }
        return computed;
    }

    private int[] closure(Set<InputField> fields) {
        boolean[] hit = new boolean[definitions.length];
        int count = 0;
        for (int i = 0; i < definitions.length; i++) {
            LineDefinition d = definitions[i];
            boolean affected = false;
            for (InputField f : d.inputs()) {
                if (fields.contains(f)) {
                    affected = true;
                    break;
                }
            }
            if (!affected) {
                for (Line dep : d.dependencies()) {
                    if (hit[dep.ordinal()]) {
                        affected = true;
                        break;
                    }
                }
            }
            if (affected) {
                hit[i] = true;
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < hit.length; i++) {
            if (hit[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    /**
     * Evaluates the given lines in place.
     *
     * @param in inputs
     * @param values values of all lines; the listed lines are overwritten
     * @param order ordinals to evaluate, in evaluation order
     */
    public void evaluate(Inputs in, double[][] values, int[] order) {
        ArrayValues v = new ArrayValues(values);
        for (int i : order) {
            values[i] = definitions[i].formula().compute(in, v);
        }
    }

    /** Evaluates every line from scratch. */
    public double[][] evaluateAll(Inputs in) {
        double[][] values = new double[definitions.length][];
        evaluate(in, values, all);
        return values;
    }

    /** The keys of the lines {@link #downstreamOf(Set)} returned for {@code fields}. */
    public List<String> keysOf(Set<InputField> fields, int[] order) {
        if (fields.size() == 1) {
            return downstreamKeys.get(fields.iterator().next());
        }
        return List.copyOf(keys(order));
    }

    /** The keys of the given lines. */
    public static List<String> keys(int[] order) {
        Line[] lines = Line.values();
        List<String> out = new ArrayList<>(order.length);
        for (int i : order) {
            out.add(lines[i].key());
        }
        return out;
    }

    /** Plain array-backed values. */
    static final class ArrayValues implements Values {
        private final double[][] values;

        ArrayValues(double[][] values) {
            this.values = values;
        }

        @Override
        public double s(Line line) {
            return values[line.ordinal()][0];
        }

        @Override
        public double[] m(Line line) {
            return values[line.ordinal()];
        }

        @Override
        public boolean present(Line line) {
            return values[line.ordinal()] != null;
        }
    }
}
