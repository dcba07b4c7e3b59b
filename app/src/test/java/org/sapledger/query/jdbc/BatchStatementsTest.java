package org.sapledger.query.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sapledger.app.SapledgerApplication;
import org.sapledger.app.SapledgerIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * A batch's single-row writes reach PostgreSQL when the batch commits, in the order they were asked for, each run of
 * the same statement as one JDBC batch; outside a batch they run at once; a batch rolled back writes nothing.
 */
@SapledgerIntegrationTest
@ContextConfiguration(classes = SapledgerApplication.class) // the application is not found from this package
class BatchStatementsTest {

    private static final String INSERT = "INSERT INTO batch_statements_test (id, value) VALUES (?, ?)";
    private static final String UPDATE = "UPDATE batch_statements_test SET value = ? WHERE id = ?";

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionManager transactions;

    private CountingJdbcTemplate jdbc;
    private String prefix;

    @BeforeEach
    void scratchTable() {
        jdbc = new CountingJdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE IF NOT EXISTS batch_statements_test (id TEXT PRIMARY KEY, value INT NOT NULL)");
        prefix = UUID.randomUUID() + "-";
        jdbc.calls.clear();
    }

    @Test
    void outsideABatchAStatementRunsAtOnce() {
        ask(INSERT, "a", 1);

        assertThat(values()).containsExactly(Map.entry(prefix + "a", 1));
        assertThat(jdbc.calls).containsExactly("update " + INSERT);
    }

    @Test
    void withinABatchTheStatementsRunInOrderWhenItCommitsEachRunOfOneStatementAsOneJdbcBatch() {
        UnitOfWork<?> batch = startBatch();
        ask(INSERT, "a", 1);
        ask(INSERT, "b", 2);
        ask(INSERT, "c", 3);
        ask(UPDATE, 10, "a");
        ask(INSERT, "d", 4);
        ask(UPDATE, 40, "d");
        ask(UPDATE, 41, "d");

        assertThat(values()).as("nothing is written before the commit").isEmpty();
        batch.commit();

        // the updates found the rows inserted before them, and the last update of d is the one that stays
        assertThat(values()).containsOnly(Map.entry(prefix + "a", 10), Map.entry(prefix + "b", 2),
                Map.entry(prefix + "c", 3), Map.entry(prefix + "d", 41));
        assertThat(jdbc.calls).containsExactly("batch of 3 " + INSERT, "update " + UPDATE, "update " + INSERT,
                "batch of 2 " + UPDATE);
    }

    @Test
    void aBatchWhoseWritesFailCommitsNone() {
        UnitOfWork<?> batch = startBatch();
        ask(INSERT, "a", 1);
        ask(INSERT, "b", 2);
        ask(INSERT, "a", 3);

        assertThatThrownBy(batch::commit).as("the second insert of a breaks the primary key")
                .hasMessageContaining("batch_statements_test_pkey");
        assertThat(values()).isEmpty();
    }

    @Test
    void aBatchRolledBackSendsNothing() {
        UnitOfWork<?> batch = startBatch();
        ask(INSERT, "a", 1);

        batch.rollback();

        assertThat(values()).isEmpty();
        assertThat(jdbc.calls).isEmpty();
    }

    /** A unit of work in a transaction, as a processor's batch runs. */
    private UnitOfWork<?> startBatch() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("batch"));
        batch.attachTransaction(transactions);
        return batch;
    }

    /** Asks for a write; a text parameter is an id of this test's, which it prefixes. */
    private void ask(String sql, Object... parameters) {
        Object[] bound = parameters.clone();
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] instanceof String id) {
                bound[i] = prefix + id;
            }
        }
        BatchStatements.update(jdbc, sql, bound);
    }

    private Map<String, Integer> values() {
        Map<String, Integer> values = new java.util.LinkedHashMap<>();
        jdbc.query("SELECT id, value FROM batch_statements_test WHERE id LIKE ? ORDER BY id",
                row -> {
                    values.put(row.getString("id"), row.getInt("value"));
                }, prefix + "%");
        return values;
    }

    /** Records the statements it sends: one line per single statement or JDBC batch. */
    private static final class CountingJdbcTemplate extends JdbcTemplate {

        final List<String> calls = new ArrayList<>();

        CountingJdbcTemplate(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public int update(String sql, Object... args) {
            calls.add("update " + sql);
            return super.update(sql, args);
        }

        @Override
        public int[] batchUpdate(String sql, List<Object[]> batchArgs) {
            calls.add("batch of " + batchArgs.size() + " " + sql);
            return super.batchUpdate(sql, batchArgs);
        }
    }
}
