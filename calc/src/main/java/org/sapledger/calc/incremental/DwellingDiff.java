package org.sapledger.calc.incremental;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
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

    /** Per input field, whether two dwellings agree on it. */
    private static final Map<InputField, BiPredicate<Dwelling, Dwelling>> SAME = new EnumMap<>(InputField.class);

    static {
        part(InputField.STOREYS, Dwelling::storeys);
        elements(InputField.WALLS_GEOMETRY, InputField.WALLS_U, Dwelling::walls);
        elements(InputField.ROOFS_GEOMETRY, InputField.ROOFS_U, Dwelling::roofs);
        elements(InputField.FLOORS_GEOMETRY, InputField.FLOORS_U, Dwelling::floors);
        elements(InputField.PARTY_WALLS_GEOMETRY, InputField.PARTY_WALLS_U, Dwelling::partyWalls);
        elements(InputField.DOORS_GEOMETRY, InputField.DOORS_U, Dwelling::doors);
        elements(InputField.WINDOWS_GEOMETRY, InputField.WINDOWS_U, Dwelling::windows);
        elements(InputField.ROOF_WINDOWS_GEOMETRY, InputField.ROOF_WINDOWS_U, Dwelling::roofWindows);
        part(InputField.INTERNAL_ELEMENTS, Dwelling::internalElements);
        part(InputField.THERMAL_BRIDGING, Dwelling::thermalBridging);
        part(InputField.VENTILATION, Dwelling::ventilation);
        part(InputField.THERMAL_MASS, Dwelling::thermalMass);
        part(InputField.OVERSHADING, Dwelling::overshading);
        part(InputField.HOT_WATER, Dwelling::hotWater);
        part(InputField.LIGHTING, Dwelling::lighting);
        part(InputField.CENTRAL_HEATING_PUMP, Dwelling::centralHeatingPumpInHeatedSpace);
        part(InputField.COOLED_AREA, d -> d.cooling().cooledArea());
        part(InputField.COOLING_EFFICIENCY, d -> d.cooling().efficiency());
        part(InputField.CLIMATE, Dwelling::region);
        part(InputField.SPACE_HEATING_REQUIREMENT, Dwelling::spaceHeatingRequirementKwh);
        part(InputField.UNUSED, Dwelling::livingArea);
        if (!SAME.keySet().equals(EnumSet.allOf(InputField.class))) {
            throw new IllegalStateException("every input field needs a part: " + SAME.keySet());
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
        if (before == after) {
            return changed;
        }
        SAME.forEach((field, same) -> {
            if (!same.test(before, after)) {
                changed.add(field);
            }
        });
        return changed;
    }

    /** A field that is one part of the dwelling, compared by equality (which takes the same instance as equal). */
    private static void part(InputField field, Function<Dwelling, Object> part) {
        SAME.put(field, (before, after) -> Objects.equals(part.apply(before), part.apply(after)));
    }

    /**
     * Two fields of one element list: its geometry (each element with its U-value set aside) and its U-values (each
     * element's id with its U-value). Elements are compared in order, and an element an evolution left untouched (the
     * same instance) agrees on both without being compared.
     */
    private static void elements(InputField geometry, InputField uValues,
                                 Function<Dwelling, List<? extends FabricElement>> list) {
        SAME.put(geometry, (before, after) -> sameElements(list.apply(before), list.apply(after),
                (a, b) -> a.withUValue(0).equals(b.withUValue(0))));
        SAME.put(uValues, (before, after) -> sameElements(list.apply(before), list.apply(after),
                (a, b) -> a.id().equals(b.id()) && Double.valueOf(a.uValue()).equals(b.uValue())));
    }

    private static boolean sameElements(List<? extends FabricElement> before, List<? extends FabricElement> after,
                                        BiPredicate<FabricElement, FabricElement> same) {
        if (before == after) {
            return true;
        }
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            FabricElement a = before.get(i);
            FabricElement b = after.get(i);
            if (a != b && !same.test(a, b)) {
                return false;
            }
        }
        return true;
    }
}
