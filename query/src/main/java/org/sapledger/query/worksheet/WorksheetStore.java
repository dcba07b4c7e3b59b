package org.sapledger.query.worksheet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.LineValue;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.validation.Violation;
import org.sapledger.domain.worksheet.MeasureState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The worksheet tables: {@code worksheet} (one row per subject holding both bases), {@code worksheet_plan} and
 * {@code worksheet_version}. Lines are stored in {@link WorksheetLines}' binary form (the RATING basis's relative to
 * a base kept in the same row, see {@link StoredRatingLines}; the LOCAL basis's relative to the RATING basis's),
 * which round-trips every double exactly, so a stored worksheet can be restored and continued incrementally bit for
 * bit.
 */
@Repository
class WorksheetStore {

    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<MeasureState>> MEASURES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    WorksheetStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ----- versions ------------------------------------------------------------------------------------------

    /** The property version the worksheets reflect, empty before the projection has seen the property. */
    Optional<Long> version(String propertyId) {
        return jdbc.queryForList("SELECT version FROM worksheet_version WHERE property_id = ?", Long.class,
                propertyId).stream().findFirst();
    }

    /** The versions the worksheets of these properties reflect, by property (absent: not seen yet). */
    Map<String, Long> versions(Collection<String> propertyIds) {
        Map<String, Long> versions = new HashMap<>();
        if (propertyIds.isEmpty()) {
            return versions;
        }
        String[] ids = propertyIds.toArray(String[]::new);
        jdbc.query("SELECT property_id, version FROM worksheet_version WHERE property_id = ANY (?)",
                statement -> statement.setArray(1, statement.getConnection().createArrayOf("text", ids)),
                row -> {
                    versions.put(row.getString(1), row.getLong(2));
                });
        return versions;
    }

    /** The version of the property that owns a property, scenario or plan id. */
    Optional<Long> versionOfSubject(String subjectId) {
        return jdbc.queryForList("""
                SELECT v.version FROM worksheet_version v
                WHERE v.property_id = ?
                   OR v.property_id = (SELECT property_id FROM worksheet WHERE subject_id = ? LIMIT 1)
                   OR v.property_id = (SELECT property_id FROM worksheet_plan WHERE plan_id = ?)
                LIMIT 1""", Long.class, subjectId, subjectId, subjectId).stream().findFirst();
    }

    // ----- plans ---------------------------------------------------------------------------------------------

    void insertPlan(String planId, String propertyId, String name) {
        jdbc.update("INSERT INTO worksheet_plan (plan_id, property_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                planId, propertyId, name);
    }

    /** The plan's property and name. */
    Optional<String[]> plan(String planId) {
        return jdbc.query("SELECT property_id, name FROM worksheet_plan WHERE plan_id = ?",
                (row, n) -> new String[] {row.getString(1), row.getString(2)}, planId).stream().findFirst();
    }

    // ----- worksheets ----------------------------------------------------------------------------------------

    Optional<WorksheetState> find(String subjectId, CalculationBasis basis) {
        return jdbc.query("SELECT * FROM worksheet WHERE subject_id = ?", on(basis), subjectId).stream().findFirst();
    }

    /** A property's worksheets on both bases: its baseline first, then its scenarios in the order added. */
    List<WorksheetState> ofProperty(String propertyId) {
        List<WorksheetState> states = new ArrayList<>();
        jdbc.query("SELECT * FROM worksheet WHERE property_id = ? ORDER BY position",
                (row, n) -> read(row, CalculationBasis.values()), propertyId).forEach(states::addAll);
        return states;
    }

    /** A plan's scenario worksheets on one basis, in the order added. */
    List<WorksheetState> ofPlan(String planId, CalculationBasis basis) {
        return jdbc.query("SELECT * FROM worksheet WHERE plan_id = ? ORDER BY position", on(basis), planId);
    }

    /**
     * Writes the worksheets in one JDBC batch, one row per subject: {@code states} holds every subject's worksheet
     * on both bases. Returns the RATING lines' new base of each subject whose row was given one
     * ({@link StoredRatingLines}); the others keep theirs.
     */
    Map<String, RatingLinesBase> saveAll(List<WorksheetState> states) {
        Map<String, RatingLinesBase> newBases = new HashMap<>();
        if (states.isEmpty()) {
            return newBases;
        }
        List<SubjectWorksheets> subjects = SubjectWorksheets.of(states);
        Map<Dwelling, String> inputsJson = new IdentityHashMap<>();
        jdbc.batchUpdate(UPSERT, subjects, subjects.size(), (statement, subject) -> {
            Object[] values = values(subject, inputsJson, newBases);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        });
        return newBases;
    }

    /** Records the property version each property's worksheets now reflect, in one JDBC batch. */
    void setVersions(Collection<PropertyWorksheets> properties) {
        if (properties.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO worksheet_version (property_id, version) VALUES (?, ?)
                ON CONFLICT (property_id) DO UPDATE SET version = EXCLUDED.version""",
                List.copyOf(properties), properties.size(), (statement, worksheets) -> {
                    statement.setString(1, worksheets.propertyId());
                    statement.setLong(2, worksheets.version());
                });
    }

    private static final String UPSERT = """
                INSERT INTO worksheet (subject_id, property_id, plan_id, name, position, version, inputs, problems,
                                       measures, evaluated_lines, rating_lines, local_lines, local_inputs,
                                       local_problems, local_measures, local_evaluated_lines, rating_base)
                VALUES (?, ?, ?, ?, ?, ?, ?::json, ?::json, ?::json, ?::json, ?, ?, ?::json, ?::json, ?::json, ?::json,
                        ?)
                ON CONFLICT (subject_id) DO UPDATE SET
                    version = EXCLUDED.version, inputs = EXCLUDED.inputs, problems = EXCLUDED.problems,
                    measures = EXCLUDED.measures, evaluated_lines = EXCLUDED.evaluated_lines,
                    rating_lines = EXCLUDED.rating_lines, local_lines = EXCLUDED.local_lines,
                    -- null: keep the stored base (PostgreSQL then leaves its out-of-line value as it is)
                    rating_base = coalesce(EXCLUDED.rating_base, worksheet.rating_base),
                    local_inputs = EXCLUDED.local_inputs, local_problems = EXCLUDED.local_problems,
                    local_measures = EXCLUDED.local_measures, local_evaluated_lines = EXCLUDED.local_evaluated_lines""";

    /**
     * A row's values: the RATING basis's JSON columns, then each basis's lines, then the LOCAL basis's JSON columns,
     * each null when it reads the same as the RATING basis's, then the RATING lines' new base (null: keep the
     * stored one), which is also put in {@code newBases}. {@code inputsJson} keeps the JSON of inputs already
     * written in this batch (by identity).
     */
    private Object[] values(SubjectWorksheets subject, Map<Dwelling, String> inputsJson,
                            Map<String, RatingLinesBase> newBases) {
        WorksheetState rating = subject.rating();
        WorksheetState local = subject.local();
        String inputs = inputsJson.computeIfAbsent(rating.inputs(), this::write);
        String problems = write(rating.problems());
        String measures = write(rating.measures());
        String evaluated = write(rating.evaluatedLines());
        String localInputs = local.inputs() == rating.inputs() ? inputs
                : inputsJson.computeIfAbsent(local.inputs(), this::write);
        StoredRatingLines ratingLines = rating.worksheet() == null ? null
                : StoredRatingLines.of(rating.worksheet(), rating.ratingBase());
        if (ratingLines != null && ratingLines.newBase() != null) {
            newBases.put(rating.subjectId(), ratingLines.base());
        }
        return new Object[] {rating.subjectId(), rating.propertyId(), rating.planId(), rating.name(),
                rating.position(), rating.version(), inputs, problems, measures, evaluated,
                ratingLines == null ? null : ratingLines.lines(),
                local.worksheet() == null ? null : WorksheetLines.encode(local.worksheet(), rating.worksheet()),
                localInputs.equals(inputs) ? null : localInputs,
                unlessSame(local.problems(), rating.problems()), unlessSame(local.measures(), rating.measures()),
                unlessSame(local.evaluatedLines(), rating.evaluatedLines()),
                ratingLines == null ? null : ratingLines.newBase()};
    }

    /** The LOCAL basis's value as JSON, or null when it equals the RATING basis's. */
    private String unlessSame(List<?> local, List<?> rating) {
        return local.equals(rating) ? null : write(local);
    }

    void deleteAll() {
        jdbc.update("DELETE FROM worksheet");
        jdbc.update("DELETE FROM worksheet_plan");
        jdbc.update("DELETE FROM worksheet_version");
    }

    /** One subject's worksheets on both bases: what one row of {@code worksheet} holds. */
    private record SubjectWorksheets(WorksheetState rating, WorksheetState local) {

        SubjectWorksheets {
            if (rating.basis() != CalculationBasis.RATING || local.basis() != CalculationBasis.LOCAL
                    || !rating.subjectId().equals(local.subjectId()) || rating.version() != local.version()
                    || rating.position() != local.position()
                    || !Objects.equals(rating.propertyId(), local.propertyId())
                    || !Objects.equals(rating.planId(), local.planId())
                    || !Objects.equals(rating.name(), local.name())) {
                throw new IllegalArgumentException("not one subject's worksheets on both bases at one version: "
                        + rating.subjectId() + "/" + rating.basis() + ", " + local.subjectId() + "/" + local.basis());
            }
        }

        /** The states grouped by subject, in the order of each subject's first state; both bases of each. */
        static List<SubjectWorksheets> of(List<WorksheetState> states) {
            Map<String, WorksheetState[]> bySubject = new LinkedHashMap<>();
            for (WorksheetState state : states) {
                bySubject.computeIfAbsent(state.subjectId(), id -> new WorksheetState[2])[state.basis().ordinal()] =
                        state;
            }
            List<SubjectWorksheets> subjects = new ArrayList<>(bySubject.size());
            bySubject.forEach((subjectId, bases) -> {
                if (bases[CalculationBasis.RATING.ordinal()] == null || bases[CalculationBasis.LOCAL.ordinal()] == null) {
                    throw new IllegalArgumentException("worksheet " + subjectId + " must be written on both bases");
                }
                subjects.add(new SubjectWorksheets(bases[CalculationBasis.RATING.ordinal()],
                        bases[CalculationBasis.LOCAL.ordinal()]));
            });
            return subjects;
        }

    }

    // ----- JSON ----------------------------------------------------------------------------------------------

    /** Reads a row's worksheet on one basis. */
    private RowMapper<WorksheetState> on(CalculationBasis basis) {
        return (row, n) -> read(row, basis).get(0);
    }

    /**
     * A row's worksheets on the given bases, in that order. The RATING basis's JSON columns and lines are read in
     * any case (the LOCAL basis's null columns and its lines refer to them); a basis not asked for is not restored.
     */
    private List<WorksheetState> read(ResultSet row, CalculationBasis... bases) throws SQLException {
        try {
            Dwelling inputs = json.readValue(row.getString("inputs"), Dwelling.class);
            List<Violation> problems = json.readValue(row.getString("problems"), VIOLATIONS);
            List<MeasureState> measures = json.readValue(row.getString("measures"), MEASURES);
            List<String> evaluated = json.readValue(row.getString("evaluated_lines"), KEYS);
            byte[] storedBase = row.getBytes("rating_base");
            RatingLinesBase ratingBase = storedBase == null ? null : RatingLinesBase.stored(storedBase);
            byte[] ratingLines = row.getBytes("rating_lines");
            Map<String, LineValue> rating = ratingLines == null ? null
                    : WorksheetLines.decode(ratingLines, ratingBase == null ? null : ratingBase.reference());
            List<WorksheetState> states = new ArrayList<>(bases.length);
            for (CalculationBasis basis : bases) {
                if (basis == CalculationBasis.RATING) {
                    states.add(state(row, basis, inputs, rating, problems, measures, evaluated)
                            .withRatingBase(ratingBase));
                } else {
                    String localInputs = row.getString("local_inputs");
                    byte[] localLines = row.getBytes("local_lines");
                    states.add(state(row, basis,
                            localInputs == null ? inputs : json.readValue(localInputs, Dwelling.class),
                            localLines == null ? null : WorksheetLines.decode(localLines, rating),
                            orSame(row.getString("local_problems"), VIOLATIONS, problems),
                            orSame(row.getString("local_measures"), MEASURES, measures),
                            orSame(row.getString("local_evaluated_lines"), KEYS, evaluated)));
                }
            }
            return states;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable worksheet row " + row.getString("subject_id"), e);
        }
    }

    private static WorksheetState state(ResultSet row, CalculationBasis basis, Dwelling inputs,
                                        Map<String, LineValue> lines, List<Violation> problems,
                                        List<MeasureState> measures, List<String> evaluated) throws SQLException {
        return new WorksheetState(row.getString("subject_id"), basis, row.getString("property_id"),
                row.getString("plan_id"), row.getString("name"), row.getInt("position"), row.getLong("version"),
                inputs, lines == null ? null : Worksheet.restore(inputs, basis, lines), problems, measures, evaluated);
    }

    /** The LOCAL basis's value of a column that is null when it reads the same as the RATING basis's. */
    private <T> T orSame(String localJson, TypeReference<T> type, T rating) throws JsonProcessingException {
        return localJson == null ? rating : json.readValue(localJson, type);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write worksheet JSON", e);
        }
    }
}
