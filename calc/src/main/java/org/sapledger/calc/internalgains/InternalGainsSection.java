package org.sapledger.calc.internalgains;

import static org.sapledger.calc.graph.GraphBuilder.fields;
import static org.sapledger.calc.graph.GraphBuilder.lines;
import static org.sapledger.calc.graph.Results.scalar;

import org.sapledger.calc.graph.GraphBuilder;
import org.sapledger.calc.graph.InputField;
import org.sapledger.calc.graph.Line;
import org.sapledger.domain.dwelling.HotWaterSystem;

/** Orchestrator of worksheet section 5, internal gains (Table 5 column A, Appendix L): lines (66)m to (73)m. */
public final class InternalGainsSection {

    private InternalGainsSection() {
    }

    public static void define(GraphBuilder b) {
        b.define(Line.L66, fields(), lines(Line.L42), (in, v) -> Line66MetabolicGains.compute(v.s(Line.L42)));
        b.define(Line.LL1, fields(), lines(Line.L4, Line.L42),
                (in, v) -> scalar(LightingL1BaseRequirement.compute(v.s(Line.L4), v.s(Line.L42))));
        b.define(Line.LL2A, fields(InputField.WINDOWS_GEOMETRY, InputField.ROOF_WINDOWS_GEOMETRY,
                InputField.OVERSHADING), lines(Line.L4),
                (in, v) -> scalar(LightingL2Daylight.daylightParameter(in.dwelling(), v.s(Line.L4))));
        b.define(Line.LL2B, fields(), lines(Line.LL2A),
                (in, v) -> scalar(LightingL2Daylight.correction(v.s(Line.LL2A))));
        b.define(Line.LL3, fields(), lines(Line.LL1, Line.LL2B),
                (in, v) -> scalar(LightingL3ToL9Energy.fixedRequirement3(v.s(Line.LL1), v.s(Line.LL2B))));
        b.define(Line.LL4, fields(), lines(Line.L4),
                (in, v) -> scalar(LightingL3ToL9Energy.referenceCapacity4(v.s(Line.L4))));
        b.define(Line.LL5, fields(InputField.LIGHTING), lines(Line.L4),
                (in, v) -> scalar(LightingL3ToL9Energy.capacity5(in.dwelling().lighting(), v.s(Line.L4))));
        b.define(Line.LL6, fields(), lines(Line.LL3, Line.LL5, Line.LL4),
                (in, v) -> scalar(LightingL3ToL9Energy.provision6(v.s(Line.LL3), v.s(Line.LL5), v.s(Line.LL4))));
        b.define(Line.LL7, fields(), lines(), (in, v) -> scalar(0));
        b.define(Line.LL8, fields(InputField.LIGHTING), lines(),
                (in, v) -> scalar(LightingL3ToL9Energy.efficacy8(in.dwelling().lighting())));
        b.define(Line.LL9A, fields(), lines(Line.LL3, Line.LL8),
                (in, v) -> scalar(LightingL3ToL9Energy.fixedEnergy9a(v.s(Line.LL3), v.s(Line.LL8))));
        b.define(Line.LL9B, fields(), lines(), (in, v) -> scalar(0));
        b.define(Line.LL9C, fields(), lines(Line.LL1, Line.LL2B),
                (in, v) -> scalar(LightingL3ToL9Energy.portableEnergy9c(v.s(Line.LL1), v.s(Line.LL2B))));
        b.define(Line.LL9D, fields(), lines(Line.LL9A, Line.LL9B, Line.LL9C), (in, v) ->
                scalar(LightingL3ToL9Energy.total9d(v.s(Line.LL9A), v.s(Line.LL9B), v.s(Line.LL9C))));
        b.define(Line.LL10, fields(), lines(Line.LL9D), (in, v) -> Line67LightingGains.monthlyEnergy(v.s(Line.LL9D)));
        b.define(Line.LL11, fields(), lines(Line.LL10), (in, v) -> {
            double sum = 0;
            for (double x : v.m(Line.LL10)) {
                sum += x;
            }
            return scalar(sum);
        });
        b.define(Line.L67, fields(), lines(Line.LL10), (in, v) -> Line67LightingGains.gains(v.m(Line.LL10)));
        b.define(Line.LL13, fields(), lines(Line.L4, Line.L42),
                (in, v) -> scalar(Line68ApplianceGains.annualEnergy(v.s(Line.L4), v.s(Line.L42))));
        b.define(Line.LL14, fields(), lines(Line.LL13), (in, v) -> Line68ApplianceGains.monthlyEnergy(v.s(Line.LL13)));
        b.define(Line.L68, fields(), lines(Line.LL14), (in, v) -> Line68ApplianceGains.gains(v.m(Line.LL14)));
        b.define(Line.L69, fields(), lines(Line.L42), (in, v) -> Line69CookingGains.compute(v.s(Line.L42)));
        b.define(Line.L70, fields(InputField.CENTRAL_HEATING_PUMP), lines(),
                (in, v) -> Line70PumpsAndFansGains.compute(in.dwelling().centralHeatingPumpInHeatedSpace()));
        b.define(Line.L71, fields(), lines(Line.L42), (in, v) -> Line71Losses.compute(v.s(Line.L42)));
        b.define(Line.L72, fields(InputField.HOT_WATER), lines(Line.L65), (in, v) ->
                in.dwelling().hotWater().system() instanceof HotWaterSystem.DeclaredGains g
                        ? Line72WaterHeatingGains.declared(g.monthlyGainsW())
                        : Line72WaterHeatingGains.fromHeatGains(v.m(Line.L65)));
        b.define(Line.L73, fields(), lines(Line.L66, Line.L67, Line.L68, Line.L69, Line.L70, Line.L71, Line.L72),
                (in, v) -> Line73TotalInternalGains.compute(v.m(Line.L66), v.m(Line.L67), v.m(Line.L68),
                        v.m(Line.L69), v.m(Line.L70), v.m(Line.L71), v.m(Line.L72)));
    }
}
