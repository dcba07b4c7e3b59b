package org.sapledger.domain.dwelling.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.sapledger.domain.dwelling.AirTightness;
import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.dwelling.CoolingEfficiency;
import org.sapledger.domain.dwelling.Door;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.FixedLight;
import org.sapledger.domain.dwelling.Floor;
import org.sapledger.domain.dwelling.Glazing;
import org.sapledger.domain.dwelling.HotWaterSystem;
import org.sapledger.domain.dwelling.InternalElement;
import org.sapledger.domain.dwelling.LinearThermalBridge;
import org.sapledger.domain.dwelling.MechanicalVentilation;
import org.sapledger.domain.dwelling.PartyWall;
import org.sapledger.domain.dwelling.PhysicalLimits;
import org.sapledger.domain.dwelling.Range;
import org.sapledger.domain.dwelling.Roof;
import org.sapledger.domain.dwelling.RoofWindow;
import org.sapledger.domain.dwelling.Storey;
import org.sapledger.domain.dwelling.ThermalBridging;
import org.sapledger.domain.dwelling.Ventilation;
import org.sapledger.domain.dwelling.Wall;
import org.sapledger.domain.dwelling.Window;

/**
 * Checks a dwelling against {@link PhysicalLimits} and its internal consistency (ids, hosts, openings within
 * their host, cooled area ≤ TFA). The calculation runs it before any line is computed (so that no line can come
 * out NaN or infinite) and the command side runs the same checks, so no rule is written twice.
 */
public final class DwellingValidator {

    /**
     * Longest id accepted for a storey, an element or a junction, in characters. Ids are names a planner or a SAP
     * file gives (e.g. {@code sap_wall_1_1}); each is stored in every event about its element.
     */
    public static final int MAX_ID_LENGTH = 100;

    /** How much of a too-long id a violation's field shows. */
    private static final int SHOWN_ID_LENGTH = 20;

    private DwellingValidator() {
    }

    /** Every violation, empty when the dwelling is valid. */
    public static List<Violation> validate(Dwelling d) {
        Checker c = new Checker();
        if (d.storeys().isEmpty()) {
            c.add("storeys", "at least one storey is required");
        }
        Set<String> ids = new HashSet<>();
        double tfa = 0;
        for (Storey s : d.storeys()) {
            String p = c.id("storeys", s.id(), ids);
            c.range(p + ".floorArea", s.floorArea(), PhysicalLimits.AREA);
            c.range(p + ".storeyHeight", s.storeyHeight(), PhysicalLimits.STOREY_HEIGHT);
            tfa += s.floorArea();
        }
        Map<String, Double> wallGross = new HashMap<>();
        Map<String, Double> roofGross = new HashMap<>();
        ids.clear();
        for (Wall w : d.walls()) {
            String p = c.id("walls", w.id(), ids);
            c.range(p + ".grossArea", w.grossArea(), PhysicalLimits.AREA);
            c.range(p + ".uValue", w.uValue(), PhysicalLimits.U_VALUE);
            c.kappa(p, w.kappa());
            wallGross.put(w.id(), w.grossArea());
        }
        ids.clear();
        for (Roof r : d.roofs()) {
            String p = c.id("roofs", r.id(), ids);
            c.range(p + ".grossArea", r.grossArea(), PhysicalLimits.AREA);
            c.range(p + ".uValue", r.uValue(), PhysicalLimits.U_VALUE);
            c.kappa(p, r.kappa());
            roofGross.put(r.id(), r.grossArea());
        }
        ids.clear();
        for (Floor f : d.floors()) {
            String p = c.id("floors", f.id(), ids);
            c.notNull(p + ".kind", f.kind());
            c.range(p + ".area", f.area(), PhysicalLimits.AREA);
            c.range(p + ".uValue", f.uValue(), PhysicalLimits.U_VALUE);
            c.kappa(p, f.kappa());
        }
        ids.clear();
        for (PartyWall w : d.partyWalls()) {
            String p = c.id("partyWalls", w.id(), ids);
            c.range(p + ".area", w.area(), PhysicalLimits.AREA);
            c.range(p + ".uValue", w.uValue(), PhysicalLimits.U_VALUE);
            c.kappa(p, w.kappa());
        }
        ids.clear();
        for (InternalElement e : d.internalElements()) {
            String p = c.id("internalElements", e.id(), ids);
            c.notNull(p + ".kind", e.kind());
            c.range(p + ".area", e.area(), PhysicalLimits.AREA);
            c.kappa(p, e.kappa());
        }
        Map<String, Double> inWalls = new HashMap<>();
        Map<String, Double> inRoofs = new HashMap<>();
        ids.clear();
        for (Door o : d.doors()) {
            String p = c.id("doors", o.id(), ids);
            c.range(p + ".area", o.area(), PhysicalLimits.AREA);
            c.range(p + ".uValue", o.uValue(), PhysicalLimits.U_VALUE);
            c.host(p, o.hostId(), o.area(), wallGross, "wall", inWalls);
        }
        ids.clear();
        for (Window o : d.windows()) {
            String p = c.id("windows", o.id(), ids);
            c.range(p + ".area", o.area(), PhysicalLimits.AREA);
            c.range(p + ".uValue", o.uValue(), PhysicalLimits.U_VALUE);
            c.notNull(p + ".orientation", o.orientation());
            c.glazing(p, o.glazing());
            c.host(p, o.hostId(), o.area(), wallGross, "wall", inWalls);
        }
        ids.clear();
        for (RoofWindow o : d.roofWindows()) {
            String p = c.id("roofWindows", o.id(), ids);
            c.range(p + ".area", o.area(), PhysicalLimits.AREA);
            c.range(p + ".uValue", o.uValue(), PhysicalLimits.U_VALUE);
            c.range(p + ".tiltDegrees", o.tiltDegrees(), PhysicalLimits.TILT_DEGREES);
            c.notNull(p + ".orientation", o.orientation());
            c.glazing(p, o.glazing());
            c.host(p, o.hostId(), o.area(), roofGross, "roof", inRoofs);
        }
        for (var e : inWalls.entrySet()) {
            Double gross = wallGross.get(e.getKey());
            if (gross != null && e.getValue() > gross) {
                c.add("walls[" + e.getKey() + "].grossArea", "openings total " + e.getValue()
                        + " m², more than the wall's gross area " + gross + " m²");
            }
        }
        for (var e : inRoofs.entrySet()) {
            Double gross = roofGross.get(e.getKey());
            if (gross != null && e.getValue() > gross) {
                c.add("roofs[" + e.getKey() + "].grossArea", "roof windows total " + e.getValue()
                        + " m², more than the roof's gross area " + gross + " m²");
            }
        }
        thermalBridging(c, d.thermalBridging());
        ventilation(c, d.ventilation());
        if (c.notNull("thermalMass", d.thermalMass())) {
            OptionalDouble tmp = d.thermalMass().thermalMassParameter();
            if (tmp.isPresent()) {
                c.range("thermalMass.thermalMassParameter", tmp.getAsDouble(), PhysicalLimits.THERMAL_MASS_PARAMETER);
            }
        }
        c.notNull("overshading", d.overshading());
        hotWater(c, d);
        if (c.notNull("lighting", d.lighting())) {
            int i = 0;
            for (FixedLight f : d.lighting().fixedLights()) {
                String p = "lighting.fixedLights[" + i++ + "]";
                c.range(p + ".efficacy", f.efficacy(), PhysicalLimits.EFFICACY);
                c.range(p + ".power", f.power(), PhysicalLimits.LIGHT_POWER);
                c.range(p + ".outlets", f.outlets(), PhysicalLimits.COUNT);
            }
        }
        cooling(c, d.cooling(), tfa);
        if (c.notNull("region", d.region())) {
            c.range("region", d.region().code(), PhysicalLimits.CLIMATE_REGION);
        }
        List<Double> heating = d.spaceHeatingRequirementKwh();
        if (!heating.isEmpty() && heating.size() != 12) {
            c.add("spaceHeatingRequirementKwh", "needs 12 monthly values, has " + heating.size());
        }
        for (int m = 0; m < heating.size(); m++) {
            c.range("spaceHeatingRequirementKwh[" + m + "]", heating.get(m), PhysicalLimits.MONTHLY_ENERGY);
        }
        return c.violations;
    }

    private static void thermalBridging(Checker c, ThermalBridging tb) {
        if (!c.notNull("thermalBridging", tb)) {
            return;
        }
        if (tb instanceof ThermalBridging.YValue y) {
            c.range("thermalBridging.y", y.y(), PhysicalLimits.Y_VALUE);
        } else if (tb instanceof ThermalBridging.Junctions j && c.notNull("thermalBridging.junctions", j.junctions())) {
            Set<String> ids = new HashSet<>();
            for (LinearThermalBridge b : j.junctions()) {
                String p = c.id("thermalBridging.junctions", b.id(), ids);
                c.range(p + ".psi", b.psi(), PhysicalLimits.PSI_VALUE);
                c.range(p + ".length", b.length(), PhysicalLimits.LENGTH);
            }
        }
    }

    private static void ventilation(Checker c, Ventilation v) {
        if (!c.notNull("ventilation", v)) {
            return;
        }
        c.range("ventilation.openChimneys", v.openChimneys(), PhysicalLimits.COUNT);
        c.range("ventilation.openFlues", v.openFlues(), PhysicalLimits.COUNT);
        c.range("ventilation.closedFires", v.closedFires(), PhysicalLimits.COUNT);
        c.range("ventilation.solidFuelBoilerFlues", v.solidFuelBoilerFlues(), PhysicalLimits.COUNT);
        c.range("ventilation.otherHeaterFlues", v.otherHeaterFlues(), PhysicalLimits.COUNT);
        c.range("ventilation.blockedChimneys", v.blockedChimneys(), PhysicalLimits.COUNT);
        c.range("ventilation.intermittentExtractFans", v.intermittentExtractFans(), PhysicalLimits.COUNT);
        c.range("ventilation.passiveVents", v.passiveVents(), PhysicalLimits.COUNT);
        c.range("ventilation.fluelessGasFires", v.fluelessGasFires(), PhysicalLimits.COUNT);
        c.range("ventilation.shelteredSides", v.shelteredSides(), PhysicalLimits.SHELTERED_SIDES);
        if (c.notNull("ventilation.airTightness", v.airTightness())) {
            if (v.airTightness() instanceof AirTightness.PressureTest t) {
                c.notNull("ventilation.airTightness.pressure", t.pressure());
                c.range("ventilation.airTightness.airPermeability", t.airPermeability(),
                        PhysicalLimits.AIR_PERMEABILITY);
            } else if (v.airTightness() instanceof AirTightness.StructuralInfiltration s) {
                c.range("ventilation.airTightness.storeys", s.storeys(), PhysicalLimits.STOREY_COUNT);
                c.notNull("ventilation.airTightness.walls", s.walls());
                c.notNull("ventilation.airTightness.floor", s.floor());
                c.range("ventilation.airTightness.percentWindowsDraughtProofed", s.percentWindowsDraughtProofed(),
                        PhysicalLimits.PERCENT);
            }
        }
        MechanicalVentilation m = v.system();
        if (c.notNull("ventilation.system", m) && c.notNull("ventilation.system.type", m.type())) {
            if (m.type() != MechanicalVentilation.Type.NATURAL
                    && m.type() != MechanicalVentilation.Type.POSITIVE_INPUT_FROM_LOFT) {
                c.range("ventilation.system.systemAirChangeRate", m.systemAirChangeRate(),
                        PhysicalLimits.AIR_CHANGE_RATE);
            }
            if (m.type() == MechanicalVentilation.Type.BALANCED_WITH_HEAT_RECOVERY) {
                if (m.heatRecoveryEfficiencyPercent().isEmpty()) {
                    c.add("ventilation.system.heatRecoveryEfficiencyPercent", "required for MVHR");
                } else {
                    c.range("ventilation.system.heatRecoveryEfficiencyPercent",
                            m.heatRecoveryEfficiencyPercent().getAsDouble(), PhysicalLimits.PERCENT);
                }
            }
        }
    }

    private static void hotWater(Checker c, Dwelling d) {
        if (!c.notNull("hotWater", d.hotWater())) {
            return;
        }
        c.notNull("hotWater.coldWater", d.hotWater().coldWater());
        HotWaterSystem s = d.hotWater().system();
        if (!c.notNull("hotWater.system", s)) {
            return;
        }
        if (s instanceof HotWaterSystem.StoredCylinder cyl) {
            c.range("hotWater.system.volumeLitres", cyl.volumeLitres(), PhysicalLimits.CYLINDER_VOLUME);
            if (cyl.declaredLossKwhPerDay().isPresent()) {
                c.range("hotWater.system.declaredLossKwhPerDay", cyl.declaredLossKwhPerDay().getAsDouble(),
                        PhysicalLimits.CYLINDER_LOSS);
            } else {
                c.notNull("hotWater.system.insulation", cyl.insulation());
                c.range("hotWater.system.insulationThicknessMm", cyl.insulationThicknessMm(),
                        PhysicalLimits.INSULATION_THICKNESS);
            }
            c.range("hotWater.system.temperatureFactor", cyl.temperatureFactor(), PhysicalLimits.TEMPERATURE_FACTOR);
            c.range("hotWater.system.primaryPipeworkInsulatedFraction", cyl.primaryPipeworkInsulatedFraction(),
                    Range.between(0, 1, ""));
            c.range("hotWater.system.primaryCircuitHoursPerDay", cyl.primaryCircuitHoursPerDay(),
                    PhysicalLimits.HOURS_PER_DAY);
        } else if (s instanceof HotWaterSystem.DeclaredGains g) {
            if (g.monthlyGainsW().size() != 12) {
                c.add("hotWater.system.monthlyGainsW", "needs 12 monthly values, has " + g.monthlyGainsW().size());
            }
            for (int m = 0; m < g.monthlyGainsW().size(); m++) {
                c.range("hotWater.system.monthlyGainsW[" + m + "]", g.monthlyGainsW().get(m),
                        PhysicalLimits.MONTHLY_GAIN);
            }
        }
    }

    private static void cooling(Checker c, Cooling cooling, double tfa) {
        if (!c.notNull("cooling", cooling)) {
            return;
        }
        if (c.range("cooling.cooledArea", cooling.cooledArea(), PhysicalLimits.COOLED_AREA)
                && cooling.cooledArea() > tfa) {
            c.add("cooling.cooledArea", "cooled area " + cooling.cooledArea()
                    + " m² is larger than the total floor area " + tfa + " m²");
        }
        if (c.notNull("cooling.efficiency", cooling.efficiency())) {
            if (cooling.efficiency() instanceof CoolingEfficiency.DeclaredSeer s) {
                c.range("cooling.efficiency.seer", s.seer(), PhysicalLimits.SEER);
            } else if (cooling.efficiency() instanceof CoolingEfficiency.EnergyClass e) {
                c.notNull("cooling.efficiency.energyClass", e.energyClass());
            }
        }
    }

    /** Collects violations. */
    private static final class Checker {
        final List<Violation> violations = new ArrayList<>();

        void add(String field, String message) {
            violations.add(new Violation(field, message));
        }

        boolean notNull(String field, Object o) {
            if (o == null) {
                add(field, "is required");
                return false;
            }
            return true;
        }

        boolean range(String field, double v, Range r) {
            if (!r.contains(v)) {
                add(field, "must be in " + r.describe() + ", was " + v);
                return false;
            }
            return true;
        }

        String id(String list, String id, Set<String> seen) {
            boolean tooLong = id != null && id.length() > MAX_ID_LENGTH;
            String p = list + "[" + (tooLong ? id.substring(0, SHOWN_ID_LENGTH) + "..." : id) + "]";
            if (id == null || id.isBlank()) {
                add(p + ".id", "is required");
            } else if (tooLong) {
                add(p + ".id", "must be at most " + MAX_ID_LENGTH + " characters, has " + id.length());
            } else if (!seen.add(id)) {
                add(p + ".id", "duplicate id " + id);
            }
            return p;
        }

        void kappa(String path, OptionalDouble kappa) {
            if (kappa != null && kappa.isPresent()) {
                range(path + ".kappa", kappa.getAsDouble(), PhysicalLimits.KAPPA);
            }
        }

        void glazing(String path, Glazing g) {
            if (!notNull(path + ".glazing", g)) {
                return;
            }
            notNull(path + ".glazing.type", g.type());
            if (g.solarTransmittance().isPresent()) {
                range(path + ".glazing.solarTransmittance", g.solarTransmittance().getAsDouble(),
                        PhysicalLimits.FRACTION_POSITIVE);
            }
            if (g.frameFactor().isPresent()) {
                range(path + ".glazing.frameFactor", g.frameFactor().getAsDouble(), PhysicalLimits.FRACTION_POSITIVE);
            }
        }

        void host(String path, String hostId, double area, Map<String, Double> hosts, String kind,
                Map<String, Double> sums) {
            Double gross = hostId == null ? null : hosts.get(hostId);
            if (gross == null) {
                add(path + ".hostId", "no " + kind + " with id " + hostId);
                return;
            }
            if (area > gross) {
                add(path + ".area", "opening area " + area + " m² is larger than its " + kind + " " + hostId + " ("
                        + gross + " m²)");
            }
            if (Double.isFinite(area)) {
                sums.merge(hostId, area, Double::sum);
            }
        }
    }
}
