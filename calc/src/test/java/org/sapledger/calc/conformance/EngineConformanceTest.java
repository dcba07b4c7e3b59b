package org.sapledger.calc.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.ReferenceDwellings;
import org.sapledger.calc.Worksheet;
import org.sapledger.calc.graph.Line;
import org.sapledger.calc.graph.ValueKind;

/**
 * Conformance with a real SAP 10.2 engine: for both reference dwellings, every line of sections 1–6 that the
 * engine reports must match within 1e-6 relative. Expected values are read from the engine output; a line the
 * engine leaves null must be absent here (or zero, for heat-loss sums of element kinds the dwelling lacks).
 */
class EngineConformanceTest {

    private static final double RELATIVE_TOLERANCE = 1e-6;

    /** Our line key → the engine output key (monthly keys get "_1".."_12"). */
    static final Map<String, String> ENGINE_KEYS = new LinkedHashMap<>();

    static {
        for (String k : List.of("4", "5", "6a", "6b", "6c", "6d", "6e", "6f", "7a", "7b", "7c", "8", "9", "10", "11",
                "12", "13", "14", "15", "16", "17", "17a", "18", "19", "20", "21", "22", "22a", "22b", "23a", "23b",
                "23c", "24a", "24b", "24c", "24d", "25", "31", "33", "34", "35", "36", "36a", "37", "38", "39", "40",
                "41", "42", "42a", "42b", "42c", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54",
                "55", "56", "57", "59", "61", "62", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75",
                "76", "77", "78", "79", "80", "81", "82", "83", "84", "96")) {
            ENGINE_KEYS.put(k, "value_" + k);
        }
        for (String k : List.of("26", "27", "27a", "28a", "28b", "29a", "30", "32")) {
            ENGINE_KEYS.put(k, "value_" + k + "_UA");
        }
        ENGINE_KEYS.put("39_average", "value_39");
        ENGINE_KEYS.put("40_average", "value_40");
        ENGINE_KEYS.put("45_total", "value_45");
        ENGINE_KEYS.put("cold_water_temperature", "cold_water_temperature");
        ENGINE_KEYS.put("L1", "annual_base_lighting_requirement_L1");
        ENGINE_KEYS.put("L2a", "G_l_L2a");
        ENGINE_KEYS.put("L2b", "daylighting_correction_factor_L2b");
        ENGINE_KEYS.put("L3", "fixed_lighting_requirement_L3");
        ENGINE_KEYS.put("L4", "reference_fixed_lighting_capacity_upper_limit_L4");
        ENGINE_KEYS.put("L5", "capacity_of_fixed_lighting_provided_L5");
        ENGINE_KEYS.put("L6", "fixed_lighting_provision_L6");
        ENGINE_KEYS.put("L7", "top_up_lighting_requirement_L7");
        ENGINE_KEYS.put("L8", "average_efficacy_of_fixed_lighting_provided_L8");
        ENGINE_KEYS.put("L9a", "energy_required_for_fixed_lighting_L9a");
        ENGINE_KEYS.put("L9b", "energy_required_for_top_up_lighting_L9b");
        ENGINE_KEYS.put("L9c", "energy_required_for_portable_lighting_L9c");
        ENGINE_KEYS.put("L9d", "total_energy_required_for_lighting_L9d");
        ENGINE_KEYS.put("L10", "lighting_energy_required_in_each_month_L10");
        ENGINE_KEYS.put("L11", "lighting_energy_annual_total_as_sum_of_monthly_values_L11");
        ENGINE_KEYS.put("L13", "appliances_annual_energy_use_L13");
        ENGINE_KEYS.put("L14", "appliances_energy_use_L14");
    }

    @ParameterizedTest
    @EnumSource(ReferenceDwellings.class)
    void everyReportedLineOfSections1To6MatchesTheEngine(ReferenceDwellings ref) {
        JsonNode engine = ref.engineOutput();
        assertThat(engine.get("region_code").asInt()).isZero();
        Worksheet w = Worksheet.calculate(ref.dwelling(), CalculationBasis.RATING);

        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, String> e : ENGINE_KEYS.entrySet()) {
            Line line = Line.byKey(e.getKey()).orElseThrow();
            String engineKey = e.getValue();
            if (line.kind() == ValueKind.SCALAR) {
                JsonNode x = engine.get(engineKey);
                if (x == null) {
                    continue;
                }
                if (x.isNull()) {
                    if (w.has(e.getKey()) && w.scalar(e.getKey()) != 0) {
                        failures.add(e.getKey() + ": engine reports none, we have " + w.scalar(e.getKey()));
                    }
                    continue;
                }
                compared++;
                if (!w.has(e.getKey())) {
                    failures.add(e.getKey() + ": missing, engine " + x.asDouble());
                } else if (!close(w.scalar(e.getKey()), x.asDouble())) {
                    failures.add(e.getKey() + ": " + w.scalar(e.getKey()) + " vs engine " + x.asDouble());
                }
            } else {
                for (int m = 1; m <= 12; m++) {
                    JsonNode x = engine.get(engineKey + "_" + m);
                    if (x == null) {
                        continue;
                    }
                    if (x.isNull()) {
                        if (w.has(e.getKey()) && w.monthly(e.getKey())[m - 1] != 0) {
                            failures.add(e.getKey() + "[" + m + "]: engine reports none, we have "
                                    + w.monthly(e.getKey())[m - 1]);
                        }
                        continue;
                    }
                    compared++;
                    if (!w.has(e.getKey())) {
                        failures.add(e.getKey() + "[" + m + "]: missing, engine " + x.asDouble());
                    } else if (!close(w.monthly(e.getKey())[m - 1], x.asDouble())) {
                        failures.add(e.getKey() + "[" + m + "]: " + w.monthly(e.getKey())[m - 1] + " vs engine "
                                + x.asDouble());
                    }
                }
            }
        }
        assertThat(failures).as(ref + " lines differing from the SAP 10.2 engine").isEmpty();
        assertThat(compared).as("number of engine values compared").isGreaterThan(450);
    }

    static boolean close(double ours, double engine) {
        double scale = Math.max(Math.abs(ours), Math.abs(engine));
        return Math.abs(ours - engine) <= RELATIVE_TOLERANCE * scale || scale < 1e-12;
    }
}
