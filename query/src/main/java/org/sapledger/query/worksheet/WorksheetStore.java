package org.sapledger.query.worksheet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sapledger.calc.CalculationBasis;
import org.sapledger.calc.Worksheet;
import org.sapledger.domain.dwelling.Dwelling;
import org.sapledger.domain.dwelling.validation.Violation;
import org.sapledger.domain.worksheet.MeasureState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The worksheet tables: {@code worksheet} (one row per subject and basis), {@code worksheet_plan} and
 * {@code worksheet_version}. Lines are stored in {@link WorksheetLines}' binary form, which round-trips every double
 * exactly, so a stored worksheet can be restored and continued incrementally bit for bit.
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
    private final RowMapper<WorksheetState> rowMapper = this::mapRow;

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
        return jdbc.query("SELECT * FROM worksheet WHERE subject_id = ? AND basis = ?", rowMapper, subjectId,
                basis.name()).stream().findFirst();
    }

    /** A property's worksheets on both bases: its baseline first, then its scenarios in the order added. */
    List<WorksheetState> ofProperty(String propertyId) {
        return jdbc.query("SELECT * FROM worksheet WHERE property_id = ? ORDER BY position, basis", rowMapper,
                propertyId);
    }

    /** A plan's scenario worksheets on one basis, in the order added. */
    List<WorksheetState> ofPlan(String planId, CalculationBasis basis) {
        return jdbc.query("SELECT * FROM worksheet WHERE plan_id = ? AND basis = ? ORDER BY position", rowMapper,
                planId, basis.name());
    }

    /** Writes the worksheets in one JDBC batch. */
    void saveAll(List<WorksheetState> states) {
        if (states.isEmpty()) {
            return;
        }
        Map<Dwelling, String> inputsJson = new IdentityHashMap<>();
        jdbc.batchUpdate(UPSERT, states, states.size(), (statement, state) -> {
            Object[] values = values(state, inputsJson);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        });
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
                INSERT INTO worksheet (subject_id, basis, property_id, plan_id, name, position, version, inputs,
                                       lines, problems, measures, evaluated_lines)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::json, ?, ?::json, ?::json, ?::json)
                ON CONFLICT (subject_id, basis) DO UPDATE SET
                    version = EXCLUDED.version, inputs = EXCLUDED.inputs, lines = EXCLUDED.lines,
                    problems = EXCLUDED.problems, measures = EXCLUDED.measures,
                    evaluated_lines = EXCLUDED.evaluated_lines""";

    /** A row's values; {@code inputsJson} keeps the JSON of inputs already written in this batch (by identity). */
    private Object[] values(WorksheetState state, Map<Dwelling, String> inputsJson) {
        return new Object[] {state.subjectId(), state.basis().name(), state.propertyId(), state.planId(),
                state.name(), state.position(), state.version(), inputsJson.computeIfAbsent(state.inputs(), this::write),
                state.worksheet() == null ? null : WorksheetLines.encode(state.worksheet()), write(state.problems()),
                write(state.measures()), write(state.evaluatedLines())};
    }

    void deleteAll() {
        jdbc.update("DELETE FROM worksheet");
        jdbc.update("DELETE FROM worksheet_plan");
        jdbc.update("DELETE FROM worksheet_version");
    }

    // ----- JSON ----------------------------------------------------------------------------------------------

    private WorksheetState mapRow(ResultSet row, int n) throws SQLException {
        try {
            byte[] lines = row.getBytes("lines");
            CalculationBasis basis = CalculationBasis.valueOf(row.getString("basis"));
            Dwelling inputs = json.readValue(row.getString("inputs"), Dwelling.class);
            return new WorksheetState(row.getString("subject_id"), basis,
                    row.getString("property_id"), row.getString("plan_id"), row.getString("name"),
                    row.getInt("position"), row.getLong("version"), inputs,
                    lines == null ? null : Worksheet.restore(inputs, basis, WorksheetLines.decode(lines)),
                    json.readValue(row.getString("problems"), VIOLATIONS),
                    json.readValue(row.getString("measures"), MEASURES),
                    json.readValue(row.getString("evaluated_lines"), KEYS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable worksheet row " + row.getString("subject_id"), e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write worksheet JSON", e);
        }
    }
}
