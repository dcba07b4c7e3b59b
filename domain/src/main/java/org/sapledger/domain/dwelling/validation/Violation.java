package org.sapledger.domain.dwelling.validation;

/**
 * One invalid input.
 *
 * @param field path of the field, e.g. {@code walls[sap_wall_1].uValue}
 * @param message what is wrong
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
