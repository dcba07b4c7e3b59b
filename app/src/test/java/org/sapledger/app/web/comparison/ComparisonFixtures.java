package org.sapledger.app.web.comparison;

import java.util.Collections;
import java.util.List;

import org.sapledger.domain.dwelling.Cooling;
import org.sapledger.domain.plan.Measure;
import org.sapledger.domain.worksheet.CoolingDifference;
import org.sapledger.domain.worksheet.CoolingFigures;
import org.sapledger.domain.worksheet.Difference;
import org.sapledger.domain.worksheet.MeasureState;
import org.sapledger.domain.worksheet.MeasureState.Status;
import org.sapledger.domain.worksheet.PlanComparison;
import org.sapledger.domain.worksheet.ScenarioComparison;

/** Comparisons for the renderer tests: a baseline, two calculable scenarios and one that cannot be calculated. */
final class ComparisonFixtures {

    static final String QUOTED_NAME = "Add AC, \"big\" unit";

    private ComparisonFixtures() {
    }

    static CoolingFigures baselineFigures() {
        return new CoolingFigures(120.434, 1.50542, 0,
                List.of(0.0, 0.0, 0.0, 0.0, 0.0, 20.1, 45.3, 40.034, 15.0, 0.0, 0.0, 0.0));
    }

    static ScenarioComparison wallInsulation() {
        CoolingFigures figures = new CoolingFigures(100, 1.25, 0,
                List.of(0.0, 0.0, 0.0, 0.0, 0.0, 16.0, 38.0, 33.0, 13.0, 0.0, 0.0, 0.0));
        CoolingDifference change = new CoolingDifference(new Difference(-20.434, -16.96697610276832),
                new Difference(-0.25542, -16.96669), new Difference(0, null), List.of());
        return new ScenarioComparison("s-1", "Wall insulation", figures, change,
                List.of(new MeasureState("m-1", new Measure.ChangeUValue("w1", 0.18), Status.APPLIED),
                        new MeasureState("m-2", new Measure.RemoveElement("win9"), Status.NOT_APPLICABLE)),
                List.of());
    }

    static ScenarioComparison airConditioning() {
        CoolingFigures figures = new CoolingFigures(180.5, 2.25625, 35.392156862745,
                List.of(0.0, 0.0, 0.0, 0.0, 4.5, 30.0, 62.0, 58.0, 26.0, 0.0, 0.0, 0.0));
        CoolingDifference change = new CoolingDifference(new Difference(60.066, 49.874621),
                new Difference(0.75083, 49.875), new Difference(35.392156862745, null), List.of());
        return new ScenarioComparison("s-2", QUOTED_NAME, figures, change,
                List.of(new MeasureState("m-3", new Measure.SetCooling(Cooling.NONE.withCooledArea(40)),
                        Status.APPLIED)),
                List.of());
    }

    static ScenarioComparison broken() {
        return new ScenarioComparison("s-3", "Extension", null, null,
                List.of(new MeasureState("m-4", new Measure.RemoveCooling(), Status.APPLIED)),
                List.of("element w9 is gone", "cooled area exceeds the floor area"));
    }

    static PlanComparison comparison(String planName, ScenarioComparison... scenarios) {
        return new PlanComparison("p-1", planName, "prop-1", 7, "RATING", baselineFigures(), List.of(),
                List.of(scenarios));
    }

    static CoolingFigures zeroFigures() {
        return new CoolingFigures(0, 0, 0, Collections.nCopies(12, 0.0));
    }
}
