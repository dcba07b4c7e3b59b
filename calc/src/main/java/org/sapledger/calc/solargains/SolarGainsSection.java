package org.sapledger.calc.solargains;

import static org.sapledger.calc.graph.GraphBuilder.fields;
import static org.sapledger.calc.graph.GraphBuilder.lines;

import org.sapledger.calc.graph.GraphBuilder;
import org.sapledger.calc.graph.InputField;
import org.sapledger.calc.graph.Line;
import org.sapledger.calc.tables.SolarAccessTable6d;
import org.sapledger.domain.dwelling.Orientation;

/**
 * Orchestrator of worksheet section 6, solar gains: lines (74)m to (84)m. The heating gains use the winter solar
 * access factor in every month, as the SAP 10.2 engine does.
 */
public final class SolarGainsSection {

    private SolarGainsSection() {
    }

    private static void orientation(GraphBuilder b, Line line, Orientation o) {
        b.define(line, fields(InputField.WINDOWS_GEOMETRY, InputField.OVERSHADING, InputField.CLIMATE), lines(),
                (in, v) -> Line74To82SolarGains.windows(in.dwelling(), o,
                        SolarAccessTable6d.winter(in.dwelling().overshading()), in.climate()));
    }

    public static void define(GraphBuilder b) {
        orientation(b, Line.L74, Orientation.NORTH);
        orientation(b, Line.L75, Orientation.NORTH_EAST);
        orientation(b, Line.L76, Orientation.EAST);
        orientation(b, Line.L77, Orientation.SOUTH_EAST);
        orientation(b, Line.L78, Orientation.SOUTH);
        orientation(b, Line.L79, Orientation.SOUTH_WEST);
        orientation(b, Line.L80, Orientation.WEST);
        orientation(b, Line.L81, Orientation.NORTH_WEST);
        b.define(Line.L82, fields(InputField.WINDOWS_GEOMETRY, InputField.ROOF_WINDOWS_GEOMETRY,
                InputField.OVERSHADING, InputField.CLIMATE), lines(), (in, v) -> Line74To82SolarGains.roofWindows(
                        in.dwelling(), SolarAccessTable6d.winter(in.dwelling().overshading()), in.climate()));
        b.define(Line.L83, fields(), lines(Line.L74, Line.L75, Line.L76, Line.L77, Line.L78, Line.L79, Line.L80,
                Line.L81, Line.L82), (in, v) -> Line83SolarGains.sum(v.m(Line.L74), v.m(Line.L75), v.m(Line.L76),
                        v.m(Line.L77), v.m(Line.L78), v.m(Line.L79), v.m(Line.L80), v.m(Line.L81), v.m(Line.L82)));
        b.define(Line.L84, fields(), lines(Line.L73, Line.L83),
                (in, v) -> Line83SolarGains.totalGains84(v.m(Line.L73), v.m(Line.L83)));
    }
}
