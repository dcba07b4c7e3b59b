package org.sapledger.calc.hotwater;

import static org.sapledger.calc.graph.GraphBuilder.fields;
import static org.sapledger.calc.graph.GraphBuilder.lines;
import static org.sapledger.calc.graph.Results.scalar;

import org.sapledger.calc.graph.GraphBuilder;
import org.sapledger.calc.graph.InputField;
import org.sapledger.calc.graph.Inputs;
import org.sapledger.calc.graph.Line;
import org.sapledger.calc.tables.HotWaterTablesJ;
import org.sapledger.calc.tables.Months;
import org.sapledger.domain.dwelling.HotWaterSystem;

/**
 * Orchestrator of worksheet section 4, water heating, as far as the gains (65)m need it: lines (42) to (65)m.
 * With declared monthly gains, lines (46) to (65) do not apply.
 */
public final class HotWaterSection {

    private HotWaterSection() {
    }

    private static HotWaterSystem system(Inputs in) {
        return in.dwelling().hotWater().system();
    }

    private static HotWaterSystem.StoredCylinder cylinder(Inputs in) {
        return system(in) instanceof HotWaterSystem.StoredCylinder c ? c : null;
    }

    private static boolean declared(Inputs in) {
        return system(in) instanceof HotWaterSystem.DeclaredGains;
    }

    public static void define(GraphBuilder b) {
        var hw = fields(InputField.HOT_WATER);
        b.define(Line.L42, fields(), lines(Line.L4), (in, v) -> scalar(Line42Occupancy.compute(v.s(Line.L4))));
        b.define(Line.COLD_WATER_TEMPERATURE, hw, lines(), (in, v) -> {
            double[] out = new double[12];
            for (int m = 0; m < 12; m++) {
                out[m] = HotWaterTablesJ.coldWaterTemperature(in.dwelling().hotWater().coldWater(), m);
            }
            return out;
        });
        b.define(Line.L42A, fields(), lines(), (in, v) -> Line42abcDailyHotWater.showers42a());
        b.define(Line.L42B, fields(), lines(Line.L42, Line.COLD_WATER_TEMPERATURE),
                (in, v) -> Line42abcDailyHotWater.baths42b(v.s(Line.L42), v.m(Line.COLD_WATER_TEMPERATURE)));
        b.define(Line.L42C, fields(), lines(Line.L42), (in, v) -> Line42abcDailyHotWater.other42c(v.s(Line.L42)));
        b.define(Line.L43, fields(), lines(Line.L42A, Line.L42B, Line.L42), (in, v) ->
                scalar(Line43AverageDailyHotWater.compute(v.m(Line.L42A), v.m(Line.L42B), v.s(Line.L42))));
        b.define(Line.L44, fields(), lines(Line.L42A, Line.L42B, Line.L42C),
                (in, v) -> Line44DailyHotWater.compute(v.m(Line.L42A), v.m(Line.L42B), v.m(Line.L42C)));
        b.define(Line.L45, fields(), lines(Line.L44, Line.COLD_WATER_TEMPERATURE),
                (in, v) -> Line45EnergyContent.compute(v.m(Line.L44), v.m(Line.COLD_WATER_TEMPERATURE)));
        b.define(Line.L45_TOTAL, fields(), lines(Line.L45),
                (in, v) -> scalar(Months.total(v.m(Line.L45))));
        b.define(Line.L46, hw, lines(Line.L45), (in, v) -> declared(in) ? null : Line46DistributionLoss.compute(
                v.m(Line.L45), system(in) instanceof HotWaterSystem.PointOfUseElectric));

        // (47)–(57): storage
        b.define(Line.L47, hw, lines(), (in, v) -> declared(in) ? null
                : scalar(cylinder(in) == null ? 0 : cylinder(in).volumeLitres()));
        b.define(Line.L48, hw, lines(), (in, v) -> {
            var c = cylinder(in);
            return c == null || c.declaredLossKwhPerDay().isEmpty() ? null
                    : scalar(c.declaredLossKwhPerDay().getAsDouble());
        });
        b.define(Line.L49, hw, lines(Line.L48), (in, v) ->
                v.present(Line.L48) ? scalar(cylinder(in).temperatureFactor()) : null);
        b.define(Line.L50, fields(), lines(Line.L48, Line.L49), (in, v) -> v.present(Line.L48)
                ? scalar(Line47To57StorageLoss.declared50(v.s(Line.L48), v.s(Line.L49))) : null);
        b.define(Line.L51, hw, lines(), (in, v) -> {
            var c = cylinder(in);
            return c == null || c.declaredLossKwhPerDay().isPresent() ? null
                    : scalar(Line47To57StorageLoss.lossFactor51(c.insulation(), c.insulationThicknessMm()));
        });
        b.define(Line.L52, hw, lines(Line.L51), (in, v) -> v.present(Line.L51)
                ? scalar(Line47To57StorageLoss.volumeFactor52(cylinder(in).volumeLitres())) : null);
        b.define(Line.L53, hw, lines(Line.L51), (in, v) ->
                v.present(Line.L51) ? scalar(cylinder(in).temperatureFactor()) : null);
        b.define(Line.L54, fields(), lines(Line.L47, Line.L51, Line.L52, Line.L53), (in, v) -> v.present(Line.L51)
                ? scalar(Line47To57StorageLoss.table54(v.s(Line.L47), v.s(Line.L51), v.s(Line.L52), v.s(Line.L53)))
                : null);
        b.define(Line.L55, hw, lines(Line.L50, Line.L54), (in, v) -> declared(in) ? null
                : scalar(v.present(Line.L50) ? v.s(Line.L50) : v.present(Line.L54) ? v.s(Line.L54) : 0));
        b.define(Line.L56, fields(), lines(Line.L55),
                (in, v) -> v.present(Line.L55) ? Line47To57StorageLoss.monthly56(v.s(Line.L55)) : null);
        b.define(Line.L57, fields(), lines(Line.L56), (in, v) -> v.present(Line.L56) ? v.m(Line.L56).clone() : null);
        b.define(Line.L59, hw, lines(), (in, v) -> {
            if (declared(in)) {
                return null;
            }
            var c = cylinder(in);
            return c == null ? new double[12]
                    : Line59PrimaryLoss.compute(c.primaryPipeworkInsulatedFraction(), c.primaryCircuitHoursPerDay());
        });
        b.define(Line.L61, hw, lines(Line.L43), (in, v) -> {
            if (declared(in)) {
                return null;
            }
            return system(in) instanceof HotWaterSystem.CombiInstantaneous
                    ? Line61CombiLoss.compute(v.s(Line.L43)) : new double[12];
        });
        b.define(Line.L62, fields(), lines(Line.L45, Line.L46, Line.L57, Line.L59, Line.L61), (in, v) ->
                v.present(Line.L46) ? Line62To65WaterHeating.required62(v.m(Line.L45), v.m(Line.L46), v.m(Line.L57),
                        v.m(Line.L59), v.m(Line.L61)) : null);
        b.define(Line.L64, fields(), lines(Line.L62),
                (in, v) -> v.present(Line.L62) ? Line62To65WaterHeating.output64(v.m(Line.L62)) : null);
        b.define(Line.L65, hw, lines(Line.L45, Line.L46, Line.L57, Line.L59, Line.L61), (in, v) -> {
            if (!v.present(Line.L46)) {
                return null;
            }
            var c = cylinder(in);
            return Line62To65WaterHeating.gains65(v.m(Line.L45), v.m(Line.L46), v.m(Line.L57), v.m(Line.L59),
                    v.m(Line.L61), c != null && c.inHeatedSpace());
        });
    }
}
