package org.sapledger.app.messaging.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.sapledger.domain.property.PropertyRegistered;
import org.sapledger.domain.tenancy.Tenancy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code PropertyRegistered} revision 1 → 2: revision 2 names the organisation that owns the property. Properties
 * registered before tenancy existed belong to {@link Tenancy#LEGACY_ORGANISATION}, the same organisation Flyway's
 * V10 migration gives their read-model rows. Stored events are never rewritten: the upcast happens on every read
 * (aggregate loading, projections, replays), and the event table keeps what was appended, for auditors.
 */
@Component
@Order(1)
public class PropertyRegisteredRevision1Upcaster extends SingleEventUpcaster {

    private static final String TYPE = PropertyRegistered.class.getName();
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.put("organisationId", Tenancy.LEGACY_ORGANISATION);
            return upcast;
        });
    }
}
