package org.sapledger.calc.graph;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the line definitions of every section. */
public final class GraphBuilder {

    private final Map<Line, LineDefinition> definitions = new EnumMap<>(Line.class);

    /**
     * Defines one line.
     *
     * @param line the line
     * @param inputs input fields it reads
     * @param dependencies lines it reads
     * @param formula how it is computed
     */
    public GraphBuilder define(Line line, Set<InputField> inputs, List<Line> dependencies, Formula formula) {
        if (definitions.containsKey(line)) {
            throw new IllegalStateException("line " + line.key() + " defined twice");
        }
        definitions.put(line, new LineDefinition(line, Set.copyOf(inputs), List.copyOf(dependencies), formula));
        return this;
    }

    /** Shorthand for the input-field set. */
    public static Set<InputField> fields(InputField... f) {
        return f.length == 0 ? Set.of() : EnumSet.of(f[0], f);
    }

    /** Shorthand for the dependency list. */
    public static List<Line> lines(Line... l) {
        return List.of(l);
    }

    LineGraph build() {
        LineDefinition[] defs = new LineDefinition[Line.values().length];
        for (Line l : Line.values()) {
            LineDefinition d = definitions.get(l);
            if (d == null) {
                throw new IllegalStateException("line " + l.key() + " has no definition");
            }
            for (Line dep : d.dependencies()) {
                if (dep.ordinal() >= l.ordinal()) {
                    throw new IllegalStateException(
                            "line " + l.key() + " depends on " + dep.key() + ", which is not evaluated before it");
                }
            }
            defs[l.ordinal()] = d;
        }
        return new LineGraph(defs);
    }
}
