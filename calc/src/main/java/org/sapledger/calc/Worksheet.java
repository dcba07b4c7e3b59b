package org.sapledger.calc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sapledger.calc.graph.Inputs;
import org.sapledger.calc.graph.Line;
import org.sapledger.calc.graph.LineGraph;
import org.sapledger.calc.graph.ValueKind;
import org.sapledger.calc.incremental.EvaluationReport;
import org.sapledger.calc.incremental.InputChange;
import org.sapledger.calc.tables.AppendixU;
import org.sapledger.calc.tables.Climate;
import org.sapledger.calc.validation.InvalidDwellingException;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * The computed SAP 10.2 worksheet of one dwelling for one {@link CalculationBasis}: every line by its worksheet
 * number in one stable map (see {@link Line} for keys and units). Immutable; {@link #apply(InputChange)} returns a
 * new worksheet in which only the lines downstream of the change were re-evaluated.
 */
public final class Worksheet {

    private static final Line[] LINES = Line.values();

    private final Dwelling dwelling;
    private final CalculationBasis basis;
    private final Climate climate;
    private final double[][] values;
    private volatile Map<String, LineValue> map;

    private Worksheet(Dwelling dwelling, CalculationBasis basis, Climate climate, double[][] values) {
        this.dwelling = dwelling;
        this.basis = basis;
        this.climate = climate;
        this.values = values;
    }

    /**
     * Full evaluation of every line.
     *
     * @throws org.sapledger.calc.validation.InvalidDwellingException if an input is impossible
     */
    public static Worksheet calculate(Dwelling dwelling, CalculationBasis basis) {
        InvalidDwellingException.requireValid(dwelling);
        Climate climate = AppendixU.climate(basis.region(dwelling));
        double[][] values = LineGraph.instance().evaluateAll(new Inputs(dwelling, climate));
        return new Worksheet(dwelling, basis, climate, values);
    }

    /**
     * The worksheet of {@code dwelling} from line values computed earlier (e.g. stored by a projection), without
     * evaluating anything: the values must be what {@link #calculate} gave for this dwelling and basis. Lets a
     * caller keep a worksheet outside memory and continue incrementally from it.
     *
     * @throws IllegalArgumentException if a key is not a line or a value has the wrong shape
     */
    public static Worksheet restore(Dwelling dwelling, CalculationBasis basis, Map<String, LineValue> lines) {
        double[][] values = new double[LINES.length][];
        lines.forEach((key, value) -> {
            Line line = Line.byKey(key).orElseThrow(() -> new IllegalArgumentException("no line " + key));
            if (value instanceof LineValue.Scalar scalar && line.kind() == ValueKind.SCALAR) {
                values[line.ordinal()] = new double[] {scalar.value()};
            } else if (value instanceof LineValue.Monthly monthly && line.kind() == ValueKind.MONTHLY
                    && monthly.values().size() == 12) {
                values[line.ordinal()] = monthly.values().stream().mapToDouble(Double::doubleValue).toArray();
            } else {
                throw new IllegalArgumentException("line " + key + " is " + line.kind() + ", was given " + value);
            }
        });
        return new Worksheet(dwelling, basis, AppendixU.climate(basis.region(dwelling)), values);
    }

    /**
     * Applies one input change, re-evaluating only the lines downstream of the fields it touches. The result is
     * bit-for-bit the same as {@link #calculate} on the changed dwelling.
     *
     * @throws org.sapledger.calc.validation.InvalidDwellingException if the change makes an input impossible
     */
    public EvaluationReport apply(InputChange change) {
        Dwelling next = change.applyTo(dwelling);
        InvalidDwellingException.requireValid(next);
        LineGraph graph = LineGraph.instance();
        int[] order = graph.downstreamOf(change.fields());
        Climate nextClimate = AppendixU.climate(basis.region(next));
        double[][] nextValues = values.clone();
        graph.evaluate(new Inputs(next, nextClimate), nextValues, order);
        return new EvaluationReport(graph.keysOf(change.fields(), order),
                new Worksheet(next, basis, nextClimate, nextValues));
    }

    public Dwelling dwelling() {
        return dwelling;
    }

    public CalculationBasis basis() {
        return basis;
    }

    /** The Appendix U region used by this run. */
    public int climateRegion() {
        return climate.region();
    }

    /** Whether the line applies to this dwelling (has a value). */
    public boolean has(String key) {
        return Line.byKey(key).map(l -> values[l.ordinal()] != null).orElse(false);
    }

    /** The value of a scalar line. */
    public double scalar(String key) {
        Line l = line(key, ValueKind.SCALAR);
        return values[l.ordinal()][0];
    }

    /** A copy of the twelve values of a monthly line. */
    public double[] monthly(String key) {
        Line l = line(key, ValueKind.MONTHLY);
        return values[l.ordinal()].clone();
    }

    private Line line(String key, ValueKind kind) {
        Line l = Line.byKey(key).orElseThrow(() -> new IllegalArgumentException("no line " + key));
        if (l.kind() != kind) {
            throw new IllegalArgumentException("line " + key + " is " + l.kind());
        }
        if (values[l.ordinal()] == null) {
            throw new IllegalArgumentException("line " + key + " does not apply to this dwelling");
        }
        return l;
    }

    /** The value of a line, if it applies. */
    public Optional<LineValue> value(String key) {
        return Optional.ofNullable(lines().get(key));
    }

    /**
     * Every line that applies to this dwelling, keyed by worksheet number, in evaluation order. Scalars are
     * {@link LineValue.Scalar}, monthly lines {@link LineValue.Monthly} (January first).
     */
    public Map<String, LineValue> lines() {
        Map<String, LineValue> m = map;
        if (m == null) {
            Map<String, LineValue> built = new LinkedHashMap<>();
            for (Line l : LINES) {
                double[] v = values[l.ordinal()];
                if (v == null) {
                    continue;
                }
                if (l.kind() == ValueKind.SCALAR) {
                    built.put(l.key(), new LineValue.Scalar(v[0]));
                } else {
                    List<Double> list = new ArrayList<>(12);
                    for (double x : v) {
                        list.add(x);
                    }
                    built.put(l.key(), new LineValue.Monthly(list));
                }
            }
            m = Collections.unmodifiableMap(built);
            map = m;
        }
        return m;
    }

    /** Receives one line: its key, whether it is monthly, and its one value or twelve (January first). */
    @FunctionalInterface
    public interface LineVisitor {
        void line(String key, boolean monthly, double[] values);
    }

    /**
     * Visits every line that applies, in the order of {@link #lines()}, without building that map (for a caller
     * that only copies the values out, e.g. to store them). The visitor must not change the arrays it is given.
     */
    public void forEachLine(LineVisitor visitor) {
        for (Line l : LINES) {
            double[] v = values[l.ordinal()];
            if (v != null) {
                visitor.line(l.key(), l.kind() == ValueKind.MONTHLY, v);
            }
        }
    }

    /** Whether every value equals {@code other}'s bit for bit (and the same lines apply). */
    public boolean sameValuesAs(Worksheet other) {
        for (int i = 0; i < values.length; i++) {
            double[] a = values[i];
            double[] b = other.values[i];
            if (a == null || b == null) {
                if (a != b) {
                    return false;
                }
                continue;
            }
            if (a.length != b.length) {
                return false;
            }
            for (int k = 0; k < a.length; k++) {
                if (Double.doubleToRawLongBits(a[k]) != Double.doubleToRawLongBits(b[k])) {
                    return false;
                }
            }
        }
        return true;
    }
}
