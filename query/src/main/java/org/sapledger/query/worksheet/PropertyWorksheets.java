package org.sapledger.query.worksheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sapledger.calc.CalculationBasis;

/**
 * Every worksheet of one property (its baseline and its scenarios, on both bases) at one property version: what
 * the projection changes for one event. Immutable; a change gives a new instance.
 *
 * @param propertyId the property
 * @param version    the property version these worksheets reflect
 * @param worksheets by subject and basis, the baseline first, then scenarios in the order added
 */
record PropertyWorksheets(String propertyId, long version, Map<Key, WorksheetState> worksheets) {

    /** A worksheet's identity: its subject and basis. */
    record Key(String subjectId, CalculationBasis basis) {
    }

    PropertyWorksheets {
        worksheets = new LinkedHashMap<>(worksheets);
    }

    static PropertyWorksheets of(String propertyId, long version, List<WorksheetState> states) {
        Map<Key, WorksheetState> byKey = new LinkedHashMap<>();
        states.forEach(state -> byKey.put(new Key(state.subjectId(), state.basis()), state));
        return new PropertyWorksheets(propertyId, version, byKey);
    }

    Optional<WorksheetState> get(String subjectId, CalculationBasis basis) {
        return Optional.ofNullable(worksheets.get(new Key(subjectId, basis)));
    }

    WorksheetState baseline(CalculationBasis basis) {
        return worksheets.get(new Key(propertyId, basis));
    }

    /** The scenarios on one basis, in the order added. */
    List<WorksheetState> scenarios(CalculationBasis basis) {
        List<WorksheetState> scenarios = new ArrayList<>();
        worksheets.values().forEach(state -> {
            if (state.basis() == basis && state.isScenario()) {
                scenarios.add(state);
            }
        });
        scenarios.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return scenarios;
    }

    int nextScenarioPosition() {
        return worksheets.values().stream().mapToInt(WorksheetState::position).max().orElse(0) + 1;
    }
}
