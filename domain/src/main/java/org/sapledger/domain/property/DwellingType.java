package org.sapledger.domain.property;

/** The built form of a dwelling, as the SAP property type (SAP-Schema-19.1.0 {@code Property-Type}). */
public enum DwellingType {
    HOUSE,
    BUNGALOW,
    FLAT,
    MAISONETTE,
    PARK_HOME
}
