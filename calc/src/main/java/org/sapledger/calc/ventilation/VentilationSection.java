package org.sapledger.calc.ventilation;

import static org.sapledger.calc.graph.GraphBuilder.fields;
import static org.sapledger.calc.graph.GraphBuilder.lines;
import static org.sapledger.calc.graph.Results.scalar;
import static org.sapledger.calc.ventilation.Line6To7cOpeningsVentilation.rate;

import org.sapledger.calc.graph.GraphBuilder;
import org.sapledger.calc.graph.InputField;
import org.sapledger.calc.graph.Line;
import org.sapledger.domain.dwelling.AirTightness;
import org.sapledger.domain.dwelling.MechanicalVentilation.Type;
import org.sapledger.domain.dwelling.Ventilation;

/** Orchestrator of worksheet section 2, ventilation rate: lines (6a) to (25)m. */
public final class VentilationSection {

    private VentilationSection() {
    }

    private static AirTightness.StructuralInfiltration structural(Ventilation v) {
        return v.airTightness() instanceof AirTightness.StructuralInfiltration s ? s : null;
    }

    private static boolean isMechanical(Type t) {
        return t != Type.NATURAL && t != Type.POSITIVE_INPUT_FROM_LOFT;
    }

    public static void define(GraphBuilder b) {
        var vent = fields(InputField.VENTILATION);
        b.define(Line.L6A, vent, lines(), (in, v) -> scalar(rate(in.dwelling().ventilation().openChimneys(),
                Line6To7cOpeningsVentilation.OPEN_CHIMNEY)));
        b.define(Line.L6B, vent, lines(), (in, v) -> scalar(rate(in.dwelling().ventilation().openFlues(),
                Line6To7cOpeningsVentilation.OPEN_FLUE)));
        b.define(Line.L6C, vent, lines(), (in, v) -> scalar(rate(in.dwelling().ventilation().closedFires(),
                Line6To7cOpeningsVentilation.CLOSED_FIRE)));
        b.define(Line.L6D, vent, lines(), (in, v) -> scalar(rate(in.dwelling().ventilation().solidFuelBoilerFlues(),
                Line6To7cOpeningsVentilation.SOLID_FUEL_BOILER_FLUE)));
        b.define(Line.L6E, vent, lines(), (in, v) -> scalar(rate(in.dwelling().ventilation().otherHeaterFlues(),
                Line6To7cOpeningsVentilation.OTHER_HEATER_FLUE)));
        b.define(Line.L6F, vent, lines(), (in, v) -> scalar(rate(in.dwelling().ventilation().blockedChimneys(),
                Line6To7cOpeningsVentilation.BLOCKED_CHIMNEY)));
        b.define(Line.L7A, vent, lines(), (in, v) -> scalar(rate(
                in.dwelling().ventilation().intermittentExtractFans(), Line6To7cOpeningsVentilation.EXTRACT_FAN)));
        b.define(Line.L7B, vent, lines(), (in, v) -> scalar(rate(in.dwelling().ventilation().passiveVents(),
                Line6To7cOpeningsVentilation.PASSIVE_VENT)));
        b.define(Line.L7C, vent, lines(), (in, v) -> scalar(rate(in.dwelling().ventilation().fluelessGasFires(),
                Line6To7cOpeningsVentilation.FLUELESS_GAS_FIRE)));
        b.define(Line.L8, fields(), lines(Line.L6A, Line.L6B, Line.L6C, Line.L6D, Line.L6E, Line.L6F, Line.L7A,
                Line.L7B, Line.L7C, Line.L5), (in, v) -> scalar(Line8OpeningsAirChanges.compute(v.s(Line.L6A),
                v.s(Line.L6B), v.s(Line.L6C), v.s(Line.L6D), v.s(Line.L6E), v.s(Line.L6F), v.s(Line.L7A),
                v.s(Line.L7B), v.s(Line.L7C), v.s(Line.L5))));

        // (9)–(16): only without a pressure test
        b.define(Line.L9, vent, lines(), (in, v) -> {
            var s = structural(in.dwelling().ventilation());
            return s == null ? null : scalar(s.storeys());
        });
        b.define(Line.L10, vent, lines(), (in, v) -> {
            var s = structural(in.dwelling().ventilation());
            return s == null ? null : scalar(Line9To16StructuralInfiltration.storeys10(s.storeys()));
        });
        b.define(Line.L11, vent, lines(), (in, v) -> {
            var s = structural(in.dwelling().ventilation());
            return s == null ? null : scalar(Line9To16StructuralInfiltration.walls11(s.walls()));
        });
        b.define(Line.L12, vent, lines(), (in, v) -> {
            var s = structural(in.dwelling().ventilation());
            return s == null ? null : scalar(Line9To16StructuralInfiltration.floor12(s.floor()));
        });
        b.define(Line.L13, vent, lines(), (in, v) -> {
            var s = structural(in.dwelling().ventilation());
            return s == null ? null : scalar(Line9To16StructuralInfiltration.lobby13(s.draughtLobby()));
        });
        b.define(Line.L14, vent, lines(), (in, v) -> {
            var s = structural(in.dwelling().ventilation());
            return s == null ? null : scalar(s.percentWindowsDraughtProofed());
        });
        b.define(Line.L15, fields(), lines(Line.L14), (in, v) -> v.present(Line.L14)
                ? scalar(Line9To16StructuralInfiltration.windows15(v.s(Line.L14))) : null);
        b.define(Line.L16, fields(), lines(Line.L8, Line.L10, Line.L11, Line.L12, Line.L13, Line.L15),
                (in, v) -> v.present(Line.L10) ? scalar(Line9To16StructuralInfiltration.infiltration16(v.s(Line.L8),
                        v.s(Line.L10), v.s(Line.L11), v.s(Line.L12), v.s(Line.L13), v.s(Line.L15))) : null);

        // (17a), (17), (18)
        b.define(Line.L17A, vent, lines(), (in, v) ->
                in.dwelling().ventilation().airTightness() instanceof AirTightness.PressureTest t
                        && t.pressure() == AirTightness.TestPressure.AP4 ? scalar(t.airPermeability()) : null);
        b.define(Line.L17, vent, lines(Line.L17A), (in, v) -> {
            if (in.dwelling().ventilation().airTightness() instanceof AirTightness.PressureTest t) {
                return scalar(t.pressure() == AirTightness.TestPressure.AP4
                        ? Line17AirPermeability.fromAp4(v.s(Line.L17A)) : t.airPermeability());
            }
            return null;
        });
        b.define(Line.L18, fields(), lines(Line.L8, Line.L16, Line.L17), (in, v) -> v.present(Line.L17)
                ? scalar(Line18InfiltrationRate.fromPressureTest(v.s(Line.L17), v.s(Line.L8)))
                : scalar(v.s(Line.L16)));
        b.define(Line.L19, vent, lines(), (in, v) -> scalar(in.dwelling().ventilation().shelteredSides()));
        b.define(Line.L20, vent, lines(), (in, v) ->
                scalar(Line20ShelterFactor.compute(in.dwelling().ventilation().shelteredSides())));
        b.define(Line.L21, fields(), lines(Line.L18, Line.L20),
                (in, v) -> scalar(Line21ShelteredInfiltration.compute(v.s(Line.L18), v.s(Line.L20))));
        b.define(Line.L22, fields(InputField.CLIMATE), lines(), (in, v) -> in.climate().windSpeed().clone());
        b.define(Line.L22A, fields(), lines(Line.L22), (in, v) -> Line22WindSpeed.windFactor22a(v.m(Line.L22)));
        b.define(Line.L22B, fields(), lines(Line.L21, Line.L22A),
                (in, v) -> Line22WindSpeed.adjustedInfiltration22b(v.s(Line.L21), v.m(Line.L22A)));

        // (23a)–(25)
        b.define(Line.L23A, vent, lines(), (in, v) -> {
            var sys = in.dwelling().ventilation().system();
            return isMechanical(sys.type()) ? scalar(sys.systemAirChangeRate()) : null;
        });
        b.define(Line.L23B, fields(), lines(Line.L23A),
                (in, v) -> v.present(Line.L23A) ? scalar(v.s(Line.L23A)) : null);
        b.define(Line.L23C, vent, lines(), (in, v) -> {
            var sys = in.dwelling().ventilation().system();
            return sys.type() == Type.BALANCED_WITH_HEAT_RECOVERY
                    ? scalar(sys.heatRecoveryEfficiencyPercent().orElse(0)) : null;
        });
        b.define(Line.L24A, vent, lines(Line.L22B, Line.L23B, Line.L23C), (in, v) ->
                in.dwelling().ventilation().system().type() == Type.BALANCED_WITH_HEAT_RECOVERY
                        ? Line24EffectiveAirChange.mvhr24a(v.m(Line.L22B), v.s(Line.L23B), v.s(Line.L23C)) : null);
        b.define(Line.L24B, vent, lines(Line.L22B, Line.L23B), (in, v) ->
                in.dwelling().ventilation().system().type() == Type.BALANCED_WITHOUT_HEAT_RECOVERY
                        ? Line24EffectiveAirChange.mv24b(v.m(Line.L22B), v.s(Line.L23B)) : null);
        b.define(Line.L24C, vent, lines(Line.L22B, Line.L23B), (in, v) -> {
            Type t = in.dwelling().ventilation().system().type();
            return t == Type.MECHANICAL_EXTRACT || t == Type.POSITIVE_INPUT_FROM_OUTSIDE
                    ? Line24EffectiveAirChange.extract24c(v.m(Line.L22B), v.s(Line.L23B)) : null;
        });
        b.define(Line.L24D, vent, lines(Line.L22B), (in, v) -> isMechanical(
                in.dwelling().ventilation().system().type()) ? null
                : Line24EffectiveAirChange.natural24d(v.m(Line.L22B)));
        b.define(Line.L25, fields(), lines(Line.L24A, Line.L24B, Line.L24C, Line.L24D), (in, v) -> {
            Line applicable = v.present(Line.L24A) ? Line.L24A : v.present(Line.L24B) ? Line.L24B
                    : v.present(Line.L24C) ? Line.L24C : Line.L24D;
            return v.m(applicable).clone();
        });
    }
}
