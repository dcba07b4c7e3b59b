package org.sapledger.calc.heatloss;

import static org.sapledger.calc.graph.GraphBuilder.fields;
import static org.sapledger.calc.graph.GraphBuilder.lines;
import static org.sapledger.calc.graph.Results.scalar;

import org.sapledger.calc.graph.GraphBuilder;
import org.sapledger.calc.graph.InputField;
import org.sapledger.calc.graph.Line;
import org.sapledger.calc.tables.Months;
import org.sapledger.domain.dwelling.FloorKind;

/** Orchestrator of worksheet section 3, heat losses and heat loss parameter: lines (26) to (41)m. */
public final class HeatLossSection {

    private HeatLossSection() {
    }

    public static void define(GraphBuilder b) {
        b.define(Line.L26, fields(InputField.DOORS_GEOMETRY, InputField.DOORS_U), lines(),
                (in, v) -> scalar(Line26Doors.compute(in.dwelling().doors())));
        b.define(Line.L27, fields(InputField.WINDOWS_GEOMETRY, InputField.WINDOWS_U), lines(),
                (in, v) -> scalar(Line27Windows.compute(in.dwelling().windows())));
        b.define(Line.L27A, fields(InputField.ROOF_WINDOWS_GEOMETRY, InputField.ROOF_WINDOWS_U), lines(),
                (in, v) -> scalar(Line27aRoofWindows.compute(in.dwelling().roofWindows())));
        b.define(Line.L28A, fields(InputField.FLOORS_GEOMETRY, InputField.FLOORS_U), lines(),
                (in, v) -> scalar(Line28Floors.compute(in.dwelling().floors(), FloorKind.GROUND)));
        b.define(Line.L28B, fields(InputField.FLOORS_GEOMETRY, InputField.FLOORS_U), lines(),
                (in, v) -> scalar(Line28Floors.compute(in.dwelling().floors(), FloorKind.EXPOSED)));
        b.define(Line.L29A, fields(InputField.WALLS_GEOMETRY, InputField.WALLS_U, InputField.DOORS_GEOMETRY,
                InputField.WINDOWS_GEOMETRY), lines(), (in, v) -> scalar(Line29aExternalWalls.compute(
                        in.dwelling().walls(), OpeningAreas.inWalls(in.dwelling().doors(), in.dwelling().windows()))));
        b.define(Line.L30, fields(InputField.ROOFS_GEOMETRY, InputField.ROOFS_U, InputField.ROOF_WINDOWS_GEOMETRY),
                lines(), (in, v) -> scalar(Line30Roofs.compute(in.dwelling().roofs(),
                        OpeningAreas.inRoofs(in.dwelling().roofWindows()))));
        b.define(Line.L31, fields(InputField.DOORS_GEOMETRY, InputField.WINDOWS_GEOMETRY,
                InputField.ROOF_WINDOWS_GEOMETRY, InputField.FLOORS_GEOMETRY, InputField.WALLS_GEOMETRY,
                InputField.ROOFS_GEOMETRY), lines(), (in, v) -> scalar(Line31ExternalArea.compute(in.dwelling())));
        b.define(Line.L32, fields(InputField.PARTY_WALLS_GEOMETRY, InputField.PARTY_WALLS_U), lines(),
                (in, v) -> scalar(Line32PartyWalls.compute(in.dwelling().partyWalls())));
        b.define(Line.L33, fields(), lines(Line.L26, Line.L27, Line.L27A, Line.L28A, Line.L28B, Line.L29A,
                Line.L30, Line.L32), (in, v) -> scalar(Line33FabricHeatLoss.compute(v.s(Line.L26), v.s(Line.L27),
                        v.s(Line.L27A), v.s(Line.L28A), v.s(Line.L28B), v.s(Line.L29A), v.s(Line.L30),
                        v.s(Line.L32))));
        b.define(Line.L34, fields(InputField.WALLS_GEOMETRY, InputField.ROOFS_GEOMETRY, InputField.FLOORS_GEOMETRY,
                InputField.PARTY_WALLS_GEOMETRY, InputField.INTERNAL_ELEMENTS, InputField.DOORS_GEOMETRY,
                InputField.WINDOWS_GEOMETRY, InputField.ROOF_WINDOWS_GEOMETRY), lines(),
                (in, v) -> scalar(Line34HeatCapacity.compute(in.dwelling())));
        b.define(Line.L35, fields(InputField.THERMAL_MASS), lines(Line.L34, Line.L4), (in, v) -> scalar(
                Line35ThermalMassParameter.compute(in.dwelling().thermalMass(), v.s(Line.L34), v.s(Line.L4))));
        b.define(Line.L36, fields(InputField.THERMAL_BRIDGING), lines(Line.L31), (in, v) ->
                scalar(Line36ThermalBridging.compute(in.dwelling().thermalBridging(), v.s(Line.L31))));
        b.define(Line.L36A, fields(), lines(), (in, v) -> scalar(0));
        b.define(Line.L37, fields(), lines(Line.L33, Line.L36, Line.L36A), (in, v) ->
                scalar(Line37TotalFabricHeatLoss.compute(v.s(Line.L33), v.s(Line.L36), v.s(Line.L36A))));
        b.define(Line.L38, fields(), lines(Line.L25, Line.L5),
                (in, v) -> Line38VentilationHeatLoss.compute(v.m(Line.L25), v.s(Line.L5)));
        b.define(Line.L39, fields(), lines(Line.L37, Line.L38),
                (in, v) -> Line39HeatTransferCoefficient.compute(v.s(Line.L37), v.m(Line.L38)));
        b.define(Line.L39_AVERAGE, fields(), lines(Line.L39),
                (in, v) -> scalar(Line39HeatTransferCoefficient.average(v.m(Line.L39))));
        b.define(Line.L40, fields(), lines(Line.L39, Line.L4),
                (in, v) -> Line40HeatLossParameter.compute(v.m(Line.L39), v.s(Line.L4)));
        b.define(Line.L40_AVERAGE, fields(), lines(Line.L40),
                (in, v) -> scalar(Line39HeatTransferCoefficient.average(v.m(Line.L40))));
        b.define(Line.L41, fields(), lines(), (in, v) -> Months.days());
    }
}
