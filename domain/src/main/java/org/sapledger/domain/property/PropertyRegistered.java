package org.sapledger.domain.property;

import org.axonframework.serialization.Revision;

/**
 * Event: a property was registered. The first event of every property.
 *
 * <p>Revision 2 added {@code organisationId}; revision 1 events are upcast on read with
 * {@link org.sapledger.domain.tenancy.Tenancy#LEGACY_ORGANISATION}.
 *
 * @param propertyId     the property's identifier
 * @param organisationId the organisation that owns the property
 * @param addressLine   the first line of the address
 * @param postcode      the UK postcode, canonical spelling
 * @param climateRegion the SAP Appendix U climate region, 0..21
 * @param dwellingType  the built form
 */
@Revision("2")
public record PropertyRegistered(
        String propertyId,
        String organisationId,
        String addressLine,
        String postcode,
        int climateRegion,
        DwellingType dwellingType) {
}
