package org.sapledger.command.property;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sapledger.command.InvalidCommandException;
import org.sapledger.command.InvalidCommandException.FieldError;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.validation.DwellingValidator;
import org.sapledger.domain.dwelling.validation.Violation;

/**
 * The invariants of a property's baseline: a change may not leave the dwelling with a violation it did not have
 * before (a value out of its physical range, a duplicate id, an opening larger than its host, a cooled area above
 * the total floor area, ...). The checks are the shared {@link DwellingValidator}, the same that guards the
 * calculation, so no rule is written twice. What a baseline still lacks (e.g. no storeys yet, just after
 * registration) is not held against an unrelated change.
 */
final class BaselineInvariants {

    private BaselineInvariants() {
    }

    /** @throws InvalidCommandException naming each field the change would make invalid */
    static void requireNoNewViolation(Dwelling before, Dwelling after) {
        List<FieldError> introduced = introducedViolations(before, after);
        if (!introduced.isEmpty()) {
            throw new InvalidCommandException(introduced);
        }
    }

    static List<FieldError> introducedViolations(Dwelling before, Dwelling after) {
        Set<Violation> existing = new HashSet<>(DwellingValidator.validate(before));
        List<FieldError> introduced = new ArrayList<>();
        for (Violation violation : DwellingValidator.validate(after)) {
            if (!existing.contains(violation)) {
                introduced.add(new FieldError(violation.field(), violation.message()));
            }
        }
        return introduced;
    }
}
