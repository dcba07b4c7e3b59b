package org.sapledger.calc.cooling;

import static org.sapledger.calc.graph.GraphBuilder.fields;
import static org.sapledger.calc.graph.GraphBuilder.lines;
import static org.sapledger.calc.graph.Results.scalar;

import java.util.List;

import org.sapledger.calc.graph.GraphBuilder;
import org.sapledger.calc.graph.InputField;
import org.sapledger.calc.graph.Line;
import org.sapledger.calc.tables.IntermittencyTable10b;
import org.sapledger.calc.tables.Months;
import org.sapledger.calc.tables.SolarAccessTable6d;

/**
 * Orchestrator of worksheet section 8c, space cooling requirement: lines (96)m, (98)m, (100)m–(108) and the
 * cooling electricity (209), (221)m. (100)–(104) are always calculated, for all twelve months, in the climate of
 * the run ({@link org.sapledger.calc.CalculationBasis}); Table 10b then selects the cooling months.
 */
public final class CoolingSection {

    private CoolingSection() {
    }

    public static void define(GraphBuilder b) {
        b.define(Line.L96, fields(InputField.CLIMATE), lines(), (in, v) -> in.climate().externalTemperature().clone());
        b.define(Line.L98, fields(InputField.SPACE_HEATING_REQUIREMENT), lines(), (in, v) -> {
            List<Double> declared = in.dwelling().spaceHeatingRequirementKwh();
            double[] out = new double[12];
            if (!declared.isEmpty()) {
                for (int m = 0; m < 12; m++) {
                    out[m] = declared.get(m);
                }
            }
            return out;
        });
        b.define(Line.L100, fields(), lines(Line.L39, Line.L96),
                (in, v) -> Line100HeatLossRate.compute(v.m(Line.L39), v.m(Line.L96)));
        b.define(Line.SOLAR_GAINS_SUMMER, fields(InputField.WINDOWS_GEOMETRY, InputField.ROOF_WINDOWS_GEOMETRY,
                InputField.OVERSHADING, InputField.CLIMATE), lines(), (in, v) -> Line103CoolingGains.summerSolar(
                        in.dwelling(), SolarAccessTable6d.summer(in.dwelling().overshading()), in.climate()));
        b.define(Line.L103, fields(), lines(Line.L73, Line.SOLAR_GAINS_SUMMER),
                (in, v) -> Line103CoolingGains.compute(v.m(Line.L73), v.m(Line.SOLAR_GAINS_SUMMER)));
        b.define(Line.L101, fields(), lines(Line.L35, Line.L40, Line.L103, Line.L100), (in, v) ->
                Line101UtilisationFactor.compute(v.s(Line.L35), v.m(Line.L40), v.m(Line.L103), v.m(Line.L100)));
        b.define(Line.L102, fields(), lines(Line.L100, Line.L101),
                (in, v) -> Line102UsefulLoss.compute(v.m(Line.L100), v.m(Line.L101)));
        b.define(Line.L104, fields(), lines(Line.L103, Line.L102, Line.L41, Line.L98), (in, v) ->
                Line104ContinuousCoolingRequirement.compute(v.m(Line.L103), v.m(Line.L102), v.m(Line.L41),
                        v.m(Line.L98)));
        b.define(Line.L104_TOTAL, fields(), lines(Line.L104),
                (in, v) -> scalar(Months.total(v.m(Line.L104))));
        b.define(Line.L105, fields(InputField.COOLED_AREA), lines(Line.L4), (in, v) ->
                scalar(Line105CooledFraction.compute(in.dwelling().cooling().cooledArea(), v.s(Line.L4))));
        b.define(Line.L106, fields(), lines(), (in, v) -> {
            double[] out = new double[12];
            for (int m = 0; m < 12; m++) {
                out[m] = IntermittencyTable10b.factor(m);
            }
            return out;
        });
        b.define(Line.L107, fields(), lines(Line.L104, Line.L105, Line.L106),
                (in, v) -> Line107CoolingRequirement.compute(v.m(Line.L104), v.s(Line.L105), v.m(Line.L106)));
        b.define(Line.L107_TOTAL, fields(), lines(Line.L107),
                (in, v) -> scalar(Months.total(v.m(Line.L107))));
        b.define(Line.L108, fields(), lines(Line.L107_TOTAL, Line.L4),
                (in, v) -> scalar(Line107CoolingRequirement.perFloorArea108(v.s(Line.L107_TOTAL), v.s(Line.L4))));
        b.define(Line.L209, fields(InputField.COOLING_EFFICIENCY), lines(),
                (in, v) -> scalar(Line209CoolingSeer.compute(in.dwelling().cooling().efficiency())));
        b.define(Line.L221, fields(), lines(Line.L107, Line.L209),
                (in, v) -> Line221CoolingElectricity.compute(v.m(Line.L107), v.s(Line.L209)));
        b.define(Line.L221_TOTAL, fields(), lines(Line.L221),
                (in, v) -> scalar(Months.total(v.m(Line.L221))));
    }
}
