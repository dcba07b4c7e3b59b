package org.sapledger.domain.property;

import org.sapledger.domain.ClimateRegion;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.Dwellings;

/**
 * The baseline after an event: a pure function of the baseline before and the event. Registration starts from
 * {@link Dwellings#unsurveyed}; an import replaces the baseline; every other event changes the part it names.
 */
public final class BaselineEvolution {

    private BaselineEvolution() {
    }

    /** The baseline of a property just registered, before any survey data. */
    public static Dwelling initial(PropertyRegistered event) {
        return Dwellings.unsurveyed(new ClimateRegion(event.climateRegion()));
    }

    public static Dwelling apply(Dwelling before, BaselineEvent event) {
        if (event instanceof BaselineImported imported) {
            return imported.baseline();
        } else if (event instanceof StoreysChanged changed) {
            return before.withStoreys(changed.after());
        } else if (event instanceof ElementAdded added) {
            return Dwellings.add(before, added.element());
        } else if (event instanceof ElementChanged changed) {
            return Dwellings.replace(before, changed.after());
        } else if (event instanceof ElementRemoved removed) {
            return Dwellings.remove(before, removed.element().id());
        } else if (event instanceof ThermalBridgingChanged changed) {
            return before.withThermalBridging(changed.after());
        } else if (event instanceof VentilationChanged changed) {
            return before.withVentilation(changed.after());
        } else if (event instanceof ThermalMassChanged changed) {
            return before.withThermalMass(changed.after());
        } else if (event instanceof CoolingInstalled installed) {
            return before.withCooling(installed.cooling());
        } else if (event instanceof CoolingChanged changed) {
            return before.withCooling(changed.after());
        } else if (event instanceof CoolingRemoved) {
            return before.withCooling(Cooling.NONE);
        } else if (event instanceof ClimateRegionChanged changed) {
            return before.withRegion(new ClimateRegion(changed.after()));
        }
        throw new IllegalArgumentException("not a baseline event: " + event);
    }
}
