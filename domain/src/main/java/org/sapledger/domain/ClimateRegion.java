package org.sapledger.domain;

/**
 * A SAP 10.2 Appendix U climate region: 0 is the UK average (used by the SAP rating),
 * 1..21 are the postcode regions of Table U1 (1 Thames, 2 South East England, ... 21 Northern Ireland).
 *
 * @param code the region number, {@value #MIN_CODE}..{@value #MAX_CODE}
 */
public record ClimateRegion(int code) {

    public static final int MIN_CODE = 0;
    public static final int MAX_CODE = 21;

    /** Region 0, the UK average climate that the SAP rating uses. */
    public static final ClimateRegion UK_AVERAGE = new ClimateRegion(0);

    public ClimateRegion {
        if (!isValid(code)) {
            throw new IllegalArgumentException(
                    "climate region must be between " + MIN_CODE + " and " + MAX_CODE + ", was " + code);
        }
    }

    /** Whether {@code code} names an Appendix U region. */
    public static boolean isValid(int code) {
        return code >= MIN_CODE && code <= MAX_CODE;
    }
}
