package org.sapledger.domain.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Dwellings;
import org.sapledger.domain.dwelling.FabricElement;
import org.sapledger.domain.dwelling.Ventilation;

/**
 * What a measure does to a dwelling. Pure functions shared by the command side (which checks a measure before
 * accepting it) and the scenario evaluation (which applies a scenario's measures to the current baseline).
 */
public final class Measures {

    private Measures() {
    }

    /**
     * A scenario's dwelling: the baseline with the measures applied in order.
     *
     * @param dwelling the dwelling after every measure that applies
     * @param applied  for each measure, in order, whether it applied (false: not applicable, skipped)
     */
    public record Outcome(Dwelling dwelling, List<Boolean> applied) {

        public Outcome {
            applied = List.copyOf(applied);
        }
    }

    /** Applies {@code measures} to {@code baseline} in order, skipping (and reporting) those that do not apply. */
    public static Outcome applyInOrder(Dwelling baseline, List<Measure> measures) {
        Dwelling dwelling = baseline;
        List<Boolean> applied = new ArrayList<>(measures.size());
        for (Measure measure : measures) {
            Optional<Dwelling> next = apply(dwelling, measure);
            applied.add(next.isPresent());
            dwelling = next.orElse(dwelling);
        }
        return new Outcome(dwelling, applied);
    }

    /**
     * The dwelling with {@code measure} applied, or empty when the measure does not apply to it: its element is
     * not there (or, for an added element, its id is already taken). Removing a wall or roof removes the openings
     * in it too.
     */
    public static Optional<Dwelling> apply(Dwelling dwelling, Measure measure) {
        if (measure instanceof Measure.ChangeUValue change) {
            return Dwellings.find(dwelling, change.elementId())
                    .map(element -> Dwellings.replace(dwelling, element.withUValue(change.uValue())));
        } else if (measure instanceof Measure.ChangeArea change) {
            return Dwellings.find(dwelling, change.elementId())
                    .map(element -> Dwellings.replace(dwelling, element.withArea(change.area())));
        } else if (measure instanceof Measure.AddElement add) {
            FabricElement element = add.element();
            return Dwellings.find(dwelling, element.id()).isPresent()
                    ? Optional.empty() : Optional.of(Dwellings.add(dwelling, element));
        } else if (measure instanceof Measure.RemoveElement remove) {
            return Dwellings.find(dwelling, remove.elementId())
                    .map(element -> Dwellings.removeWithOpenings(dwelling, remove.elementId()));
        } else if (measure instanceof Measure.ChangeVentilation change) {
            return Optional.of(dwelling.withVentilation(change.ventilation()));
        } else if (measure instanceof Measure.ChangeAirTightness change) {
            Ventilation v = dwelling.ventilation();
            return Optional.of(dwelling.withVentilation(new Ventilation(v.openChimneys(), v.openFlues(),
                    v.closedFires(), v.solidFuelBoilerFlues(), v.otherHeaterFlues(), v.blockedChimneys(),
                    v.intermittentExtractFans(), v.passiveVents(), v.fluelessGasFires(), change.airTightness(),
                    v.shelteredSides(), v.system())));
        } else if (measure instanceof Measure.SetCooling set) {
            return Optional.of(dwelling.withCooling(set.cooling()));
        } else if (measure instanceof Measure.RemoveCooling) {
            return Optional.of(dwelling.withCooling(Cooling.NONE));
        }
        throw new IllegalArgumentException("unknown measure " + measure);
    }
}
