package org.sapledger.calc.incremental;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.sapledger.calc.graph.InputField;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.FabricElement;

/**
 * Which {@link InputField}s differ between two dwellings. Each field is the part of a dwelling its lines read
 * (for elements: the geometry, meaning everything but the U-value, apart from the U-values), so a change of a
 * wall's U-value touches {@code WALLS_U} alone and re-evaluates no area, gain or ventilation line.
 */
public final class DwellingDiff {

    private static final Map<InputField, Function<Dwelling, Object>> PARTS = new EnumMap<>(InputField.class);

    static {
        PARTS.put(InputField.STOREYS, Dwelling::storeys);
        elements(InputField.WALLS_GEOMETRY, InputField.WALLS_U, Dwelling::walls);
        elements(InputField.ROOFS_GEOMETRY, InputField.ROOFS_U, Dwelling::roofs);
        elements(InputField.FLOORS_GEOMETRY, InputField.FLOORS_U, Dwelling::floors);
        elements(InputField.PARTY_WALLS_GEOMETRY, InputField.PARTY_WALLS_U, Dwelling::partyWalls);
        elements(InputField.DOORS_GEOMETRY, InputField.DOORS_U, Dwelling::doors);
        elements(InputField.WINDOWS_GEOMETRY, InputField.WINDOWS_U, Dwelling::windows);
        elements(InputField.ROOF_WINDOWS_GEOMETRY, InputField.ROOF_WINDOWS_U, Dwelling::roofWindows);
        PARTS.put(InputField.INTERNAL_ELEMENTS, Dwelling::internalElements);
        PARTS.put(InputField.THERMAL_BRIDGING, Dwelling::thermalBridging);
        PARTS.put(InputField.VENTILATION, Dwelling::ventilation);
        PARTS.put(InputField.THERMAL_MASS, Dwelling::thermalMass);
        PARTS.put(InputField.OVERSHADING, Dwelling::overshading);
        PARTS.put(InputField.HOT_WATER, Dwelling::hotWater);
        PARTS.put(InputField.LIGHTING, Dwelling::lighting);
        PARTS.put(InputField.CENTRAL_HEATING_PUMP, Dwelling::centralHeatingPumpInHeatedSpace);
        PARTS.put(InputField.COOLED_AREA, d -> d.cooling().cooledArea());
        PARTS.put(InputField.COOLING_EFFICIENCY, d -> d.cooling().efficiency());
        PARTS.put(InputField.CLIMATE, Dwelling::region);
        PARTS.put(InputField.SPACE_HEATING_REQUIREMENT, Dwelling::spaceHeatingRequirementKwh);
        PARTS.put(InputField.UNUSED, Dwelling::livingArea);
        if (!PARTS.keySet().equals(EnumSet.allOf(InputField.class))) {
            throw new IllegalStateException("every input field needs a part: " + PARTS.keySet());
        }
    }

    private DwellingDiff() {
    }

    /** The change from {@code before} to {@code after}: the whole new dwelling, and the fields that differ. */
    public static InputChange.ReplaceDwelling between(Dwelling before, Dwelling after) {
        return new InputChange.ReplaceDwelling(after, fieldsChanged(before, after));
    }

    /** The input fields whose part differs between the two dwellings. */
    public static Set<InputField> fieldsChanged(Dwelling before, Dwelling after) {
        Set<InputField> changed = EnumSet.noneOf(InputField.class);
        PARTS.forEach((field, part) -> {
            if (!Objects.equals(part.apply(before), part.apply(after))) {
                changed.add(field);
            }
        });
        return changed;
    }

    /** Geometry is the element with its U-value set aside; the U-values are the ids with their U-value. */
    private static void elements(InputField geometry, InputField uValues,
                                 Function<Dwelling, List<? extends FabricElement>> list) {
        PARTS.put(geometry, d -> list.apply(d).stream().map(e -> e.withUValue(0)).toList());
        PARTS.put(uValues, d -> list.apply(d).stream().map(e -> List.of(e.id(), e.uValue())).toList());
    }
}
