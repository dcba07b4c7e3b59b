package org.sapledger.query.worksheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sapledger.calc.CalculationBasis;

/**
 * Every worksheet of one property (its baseline and its scenarios, on both bases) at one property version: what
 * the projection changes for one event. Not changed once built; a change gives a new instance.
 *
 * @param propertyId the property
 * @param version    the property version these worksheets reflect
 * @param worksheets by subject and basis, the baseline first, then scenarios in the order added
 */
record PropertyWorksheets(String propertyId, long version, Map<Key, WorksheetState> worksheets) {

    /**
     * A worksheet's identity: its subject and basis. Looked up several times per projected event: equality and hash
     * are written out, as the record's generated ones go through method handles that showed as 13% of the
     * worksheets workers' samples in a rebuild profile.
     */
    record Key(String subjectId, CalculationBasis basis) {

        Key {
            Objects.requireNonNull(subjectId, "subjectId");
            Objects.requireNonNull(basis, "basis");
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key key && basis == key.basis && subjectId.equals(key.subjectId);
        }

        @Override
        public int hashCode() {
            return 31 * subjectId.hashCode() + basis.ordinal();
        }
    }

    /**
     * Takes the map over without copying it (a projected event looks its worksheets up several times): the caller
     * hands over a map it built for this instance and does not change it afterwards, except for the live view
     * {@code WorksheetProjection} gives an event's handler of that event's own changes.
     */
    PropertyWorksheets {
        worksheets = Collections.unmodifiableMap(worksheets);
    }

    static PropertyWorksheets of(String propertyId, long version, List<WorksheetState> states) {
        Map<Key, WorksheetState> byKey = new LinkedHashMap<>();
        states.forEach(state -> byKey.put(new Key(state.subjectId(), state.basis()), state));
        return new PropertyWorksheets(propertyId, version, byKey);
    }

    /** The same worksheets, the RATING basis of the subjects in {@code bases} with its row's new base. */
    PropertyWorksheets withRatingBases(Map<String, RatingLinesBase> bases) {
        if (worksheets.keySet().stream().noneMatch(key -> bases.containsKey(key.subjectId()))) {
            return this;
        }
        Map<Key, WorksheetState> updated = new LinkedHashMap<>(worksheets);
        updated.replaceAll((key, state) -> key.basis() == CalculationBasis.RATING && bases.containsKey(key.subjectId())
                ? state.withRatingBase(bases.get(key.subjectId())) : state);
        return new PropertyWorksheets(propertyId, version, updated);
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
