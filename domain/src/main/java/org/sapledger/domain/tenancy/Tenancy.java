package org.sapledger.domain.tenancy;

/**
 * Who owns what. Every property belongs to exactly one organisation, named when it is registered, and its plans,
 * scenarios, worksheets and history belong to the same one. A caller acts for one organisation (a claim of its
 * token); another organisation's ids are unknown to it.
 */
public final class Tenancy {

    /** The command metadata entry naming the organisation a command is issued for. */
    public static final String ORGANISATION_METADATA_KEY = "organisation";

    /**
     * The organisation of properties registered before ownership was recorded (events of {@code PropertyRegistered}
     * revision 1, upcast on read, and rows migrated by Flyway V10). An operator reassigns them with plain SQL
     * ({@code property_owner}, {@code property_summary}) and restarts the instances, which remember owners.
     */
    public static final String LEGACY_ORGANISATION = "legacy";

    /** Longest organisation id accepted, in characters. */
    public static final int MAX_ORGANISATION_LENGTH = 100;

    private Tenancy() {
    }
}
