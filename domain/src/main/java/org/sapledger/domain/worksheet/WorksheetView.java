package org.sapledger.domain.worksheet;

import java.util.List;
import java.util.Map;

/**
 * Read model: the worksheet of a property's baseline or of a scenario.
 *
 * @param subjectId      the property id (baseline) or the scenario id
 * @param propertyId     the property
 * @param planId         the scenario's plan; null for a baseline
 * @param name           the scenario's name; null for a baseline
 * @param version        the property version the worksheet reflects
 * @param basis          RATING or LOCAL
 * @param lines          every computed line by worksheet number: a {@code Double} for a single value, a
 *                       {@code List<Double>} of twelve (January first) for a monthly line; empty when the dwelling
 *                       cannot be calculated
 * @param problems       why the dwelling cannot be calculated ({@code "field: message"}), empty when it can
 * @param measures       a scenario's measures in order with their status; empty for a baseline
 * @param evaluatedLines the lines the last change re-evaluated
 */
public record WorksheetView(String subjectId, String propertyId, String planId, String name, long version,
        String basis, Map<String, Object> lines, List<String> problems, List<MeasureState> measures,
        List<String> evaluatedLines) {
}
