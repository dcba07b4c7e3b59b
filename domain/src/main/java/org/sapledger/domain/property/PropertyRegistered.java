package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;

/**
 * Event: a property was registered. The first event of every property.
 *
 * @param propertyId    the property's identifier
 * @param addressLine   the first line of the address
 * @param postcode      the UK postcode, canonical spelling
 * @param climateRegion the SAP Appendix U climate region, 0..21
 * @param dwellingType  the built form
 */
@Revision("1")
public record PropertyRegistered(
        String propertyId,
        String addressLine,
        String postcode,
        int climateRegion,
        DwellingType dwellingType) {
}
