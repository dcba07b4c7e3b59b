package org.sapledger.sapxml;

import java.util.List;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * A successfully read dwelling and the warnings (elements not used by the calculation, defaults applied).
 *
 * @param dwelling the input model
 * @param header address, postcode and property type from the file
 * @param warnings warnings, in document order where known
 */
public record ImportResult(Dwelling dwelling, ImportHeader header, List<ImportMessage> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
