package org.sapledger.domain.property;

import java.util.List;

/**
 * The answer to an accepted import: the new property, its version, and what the file held that the model does not
 * use.
 *
 * @param id       the property's identifier
 * @param version  the property's version after the import
 * @param warnings the import's warnings, in document order
 */
public record PropertyImported(String id, long version, List<String> warnings) {

    public PropertyImported {
        warnings = List.copyOf(warnings);
    }
}
