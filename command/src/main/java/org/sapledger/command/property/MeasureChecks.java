package org.sapledger.command.property;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sapledger.command.InvalidCommandException;
import org.sapledger.command.InvalidCommandException.FieldError;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.plan.Measure;
import org.sapledger.domain.plan.Measures;

/**
 * A measure is accepted only if it applies to the scenario as it stands (the current baseline with the scenario's
 * earlier measures) and leaves no new violation there. Later baseline changes may still make it not applicable;
 * the scenario evaluation reports that, the measure is kept.
 */
final class MeasureChecks {

    private MeasureChecks() {
    }

    static void requireApplicable(Dwelling baseline, Collection<Measure> earlier, Measure measure) {
        if (measure instanceof Measure.AddElement add && add.element() == null) {
            throw new InvalidCommandException(List.of(new FieldError("element", "must be given")));
        }
        Dwelling scenario = Measures.applyInOrder(baseline, List.copyOf(earlier)).dwelling();
        Optional<Dwelling> applied = Measures.apply(scenario, measure);
        if (applied.isEmpty()) {
            throw new InvalidCommandException(List.of(notApplicable(measure)));
        }
        BaselineInvariants.requireNoNewViolation(scenario, applied.get());
    }

    private static FieldError notApplicable(Measure measure) {
        if (measure instanceof Measure.AddElement add) {
            return new FieldError("element.id", "an element with id " + add.element().id() + " already exists");
        }
        String elementId = measure instanceof Measure.ChangeUValue change ? change.elementId()
                : measure instanceof Measure.ChangeArea change ? change.elementId()
                : measure instanceof Measure.RemoveElement remove ? remove.elementId() : "";
        return new FieldError("elementId", "no element " + elementId
                + " in the baseline or added by an earlier measure of this scenario");
    }
}
