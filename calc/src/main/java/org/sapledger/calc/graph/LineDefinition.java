package org.sapledger.calc.graph;

import java.util.List;
import java.util.Set;

/**
 * One node of the dependency graph.
 *
 * @param line the line
 * @param inputs the input fields it reads
 * @param dependencies the lines it reads
 * @param formula how it is computed
 */
public record LineDefinition(Line line, Set<InputField> inputs, List<Line> dependencies, Formula formula) {
}
