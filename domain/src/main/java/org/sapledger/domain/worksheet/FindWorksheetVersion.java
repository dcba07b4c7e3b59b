package org.sapledger.domain.worksheet;

/**
 * Query: the property version the worksheets of a property (or of the property a scenario or plan belongs to)
 * reflect; answered with an {@code Optional<Long>}, empty when the projection has not seen the property yet.
 *
 * @param subjectId a property, scenario or plan id
 */
public record FindWorksheetVersion(String subjectId) {
}
