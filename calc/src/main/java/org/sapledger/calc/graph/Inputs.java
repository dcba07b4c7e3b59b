package org.sapledger.calc.graph;

import org.sapledger.calc.tables.Climate;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * What a formula may read besides earlier lines: the dwelling and the climate of the run.
 *
 * @param dwelling the input model
 * @param climate Appendix U data of the run's climate basis
 */
public record Inputs(Dwelling dwelling, Climate climate) {
}
