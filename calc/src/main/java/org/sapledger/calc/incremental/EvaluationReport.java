package org.sapledger.calc.incremental;

import java.util.List;
import org.sapledger.calc.Worksheet;

/**
 * The result of applying one input change.
 *
 * @param evaluatedLines keys of the lines that were re-evaluated, in evaluation order
 * @param worksheet the new worksheet
 */
public record EvaluationReport(List<String> evaluatedLines, Worksheet worksheet) {
}
