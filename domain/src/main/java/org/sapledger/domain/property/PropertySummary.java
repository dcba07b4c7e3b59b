package org.sapledger.domain.property;

import java.time.Instant;

/**
 * Read model: what the property list shows of one property.
 *
 * @param propertyId    the property's identifier
 * @param addressLine   the first line of the address
 * @param postcode      the UK postcode
 * @param climateRegion the SAP Appendix U climate region
 * @param dwellingType  the built form
 * @param version       the property's version at the last event that changed this summary (its registration, or
 *                      a change of postcode or climate region), not necessarily the property's latest version
 * @param registeredAt  when the property was registered (the event's timestamp)
 */
public record PropertySummary(
        String propertyId,
        String addressLine,
        String postcode,
        int climateRegion,
        DwellingType dwellingType,
        long version,
        Instant registeredAt) {
}
