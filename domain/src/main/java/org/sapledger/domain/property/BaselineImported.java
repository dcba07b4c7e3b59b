package org.sapledger.domain.property;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.sapledger.domain.dwelling.Dwelling;

/**
 * Event: the baseline was set from imported survey data (a SAP-Schema-19.1.0 file); {@code warnings} lists what the
 * file held that the model does not use.
 */
@Revision("1")
public record BaselineImported(String propertyId, Dwelling baseline, List<String> warnings) implements BaselineEvent {
}
