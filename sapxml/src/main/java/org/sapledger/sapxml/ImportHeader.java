package org.sapledger.sapxml;

import java.util.Optional;
import org.sapledger.domain.property.DwellingType;

/**
 * What the file says about the property besides the dwelling model: from {@code Report-Header/Property/Address}
 * and {@code Property-Type} (the property details' value, else the header's).
 *
 * @param addressLine {@code Address-Line-1}, if present
 * @param postcode {@code Postcode}, if present
 * @param dwellingType property type code 0 house, 1 bungalow, 2 flat, 3 maisonette, 4 park home, if present
 */
public record ImportHeader(Optional<String> addressLine, Optional<String> postcode,
        Optional<DwellingType> dwellingType) {
}
