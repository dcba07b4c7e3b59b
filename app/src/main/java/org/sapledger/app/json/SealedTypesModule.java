package org.sapledger.app.json;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.sapledger.domain.WireNames;
import org.sapledger.domain.dwelling.AirTightness;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.FabricElement;
import org.sapledger.domain.dwelling.HotWaterSystem;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.plan.Measure;

/**
 * JSON for the domain's sealed types without Jackson in the domain: each value carries a {@code "type"} member
 * naming its variant ({@link WireNames}), e.g. {@code {"type": "WALL", "id": "w1", ...}} or
 * {@code {"type": "Y_VALUE", "y": 0.15}}. Used by the event store (events, snapshots) and the HTTP API alike.
 */
public class SealedTypesModule extends SimpleModule {

    /** The sealed types of the domain whose values appear in messages and request bodies. */
    static final List<Class<?>> SEALED_TYPES = List.of(FabricElement.class, ThermalBridging.class,
            AirTightness.class, CoolingEfficiency.class, HotWaterSystem.class, Measure.class);

    /** Puts the variant's name in a {@code "type"} member. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    interface TypeMemberMixin {
    }

    public SealedTypesModule() {
        super("sapledger-sealed-types");
        for (Class<?> sealed : SEALED_TYPES) {
            setMixInAnnotation(sealed, TypeMemberMixin.class);
            registerVariants(sealed);
        }
    }

    private void registerVariants(Class<?> sealed) {
        for (Class<?> variant : sealed.getPermittedSubclasses()) {
            if (variant.isInterface()) {
                setMixInAnnotation(variant, TypeMemberMixin.class);
                registerVariants(variant);
            } else {
                registerSubtypes(new NamedType(variant, WireNames.typeName(variant)));
            }
        }
    }
}
