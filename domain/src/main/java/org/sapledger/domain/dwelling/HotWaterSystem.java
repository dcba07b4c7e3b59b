package org.sapledger.domain.dwelling;

import java.util.List;
import java.util.OptionalDouble;

/** The water-heating arrangement as far as the gains (65)m and (72)m need it. */
public sealed interface HotWaterSystem {

    /** Instantaneous combi boiler without keep-hot: combi loss (61)m, distribution loss (46)m. */
    record CombiInstantaneous() implements HotWaterSystem {
    }

    /** Electric instantaneous at point of use (Table 4a code 909): no (46)m and no (61)m. */
    record PointOfUseElectric() implements HotWaterSystem {
    }

    /**
     * A stored hot-water cylinder with a primary circuit (lines (47)–(59)).
     *
     * @param volumeLitres (47) cylinder volume, L
     * @param declaredLossKwhPerDay (48) manufacturer's declared loss, kWh/day; when empty the loss comes from
     *     the insulation (Table 2) and the volume factor (Table 2a)
     * @param insulation insulation type, used when no declared loss is given
     * @param insulationThicknessMm insulation thickness, mm
     * @param temperatureFactor (49)/(53) Table 2b temperature factor
     * @param inHeatedSpace whether the cylinder is in the dwelling (its loss then counts in (65))
     * @param primaryPipeworkInsulatedFraction fraction p of primary pipework insulated (Table 3)
     * @param primaryCircuitHoursPerDay hours h per day the primary circuit is hot (Table 3)
     */
    record StoredCylinder(double volumeLitres, OptionalDouble declaredLossKwhPerDay, CylinderInsulation insulation,
            double insulationThicknessMm, double temperatureFactor, boolean inHeatedSpace,
            double primaryPipeworkInsulatedFraction, double primaryCircuitHoursPerDay) implements HotWaterSystem {
    }

    /**
     * Declared monthly water-heating gains (72)m, W, Jan..Dec, for systems not modelled here.
     *
     * @param monthlyGainsW twelve values
     */
    record DeclaredGains(List<Double> monthlyGainsW) implements HotWaterSystem {
        public DeclaredGains {
            monthlyGainsW = List.copyOf(monthlyGainsW);
        }
    }
}
