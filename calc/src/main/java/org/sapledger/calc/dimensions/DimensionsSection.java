package org.sapledger.calc.dimensions;

import static org.sapledger.calc.graph.GraphBuilder.fields;
import static org.sapledger.calc.graph.GraphBuilder.lines;
import static org.sapledger.calc.graph.Results.scalar;

import org.sapledger.calc.graph.GraphBuilder;
import org.sapledger.calc.graph.InputField;
import org.sapledger.calc.graph.Line;

/** Orchestrator of worksheet section 1, overall dwelling dimensions: lines (4) and (5). */
public final class DimensionsSection {

    private DimensionsSection() {
    }

    public static void define(GraphBuilder b) {
        b.define(Line.L4, fields(InputField.STOREYS), lines(),
                (in, v) -> scalar(Line4TotalFloorArea.compute(in.dwelling().storeys())));
        b.define(Line.L5, fields(InputField.STOREYS), lines(),
                (in, v) -> scalar(Line5Volume.compute(in.dwelling().storeys())));
    }
}
