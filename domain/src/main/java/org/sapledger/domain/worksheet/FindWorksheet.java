package org.sapledger.domain.worksheet;

/**
 * Query: the current worksheet of a property's baseline or of a scenario; answered with an
 * {@code Optional<WorksheetView>}.
 *
 * @param subjectId the property id (for its baseline) or the scenario id
 * @param basis     RATING (UK average climate) or LOCAL (the property's region)
 */
public record FindWorksheet(String subjectId, String basis) {
}
