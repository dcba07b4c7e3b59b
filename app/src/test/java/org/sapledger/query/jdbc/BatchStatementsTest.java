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
        BatchStatements.update(jdbc, INSERT, prefix + "a", 1);

        assertThat(values()).containsExactly(Map.entry(prefix + "a", 1));
        assertThat(jdbc.calls).containsExactly("update " + INSERT);
    }

    @Test
    void withinABatchTheStatementsRunInOrderWhenItCommitsEachRunOfOneStatementAsOneJdbcBatch() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("batch"));
        batch.attachTransaction(transactions);
        BatchStatements.update(jdbc, INSERT, prefix + "a", 1);
        BatchStatements.update(jdbc, INSERT, prefix + "b", 2);
        BatchStatements.update(jdbc, INSERT, prefix + "c", 3);
        BatchStatements.update(jdbc, UPDATE, 10, prefix + "a");
        BatchStatements.update(jdbc, INSERT, prefix + "d", 4);
        BatchStatements.update(jdbc, UPDATE, 40, prefix + "d");
        BatchStatements.update(jdbc, UPDATE, 41, prefix + "d");

        assertThat(values()).as("nothing is written before the commit").isEmpty();
        batch.commit();

        // the updates found the rows inserted before them, and the last update of d is the one that stays
        assertThat(values()).containsOnly(Map.entry(prefix + "a", 10), Map.entry(prefix + "b", 2),
                Map.entry(prefix + "c", 3), Map.entry(prefix + "d", 41));
        assertThat(jdbc.calls).containsExactly("batch of 3 " + INSERT, "update " + UPDATE, "update " + INSERT,
                "batch of 2 " + UPDATE);
    }

    @Test
    void aBatchRolledBackWritesNothing() {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("batch"));
        batch.attachTransaction(transactions);
        BatchStatements.update(jdbc, INSERT, prefix + "a", 1);
        BatchStatements.update(jdbc, INSERT, prefix + "a", 2);

        assertThatThrownBy(batch::commit).as("the second insert of a breaks the primary key")
                .hasMessageContaining("batch_statements_test_pkey");
        assertThat(values()).isEmpty();

        UnitOfWork<?> rolledBack = DefaultUnitOfWork.startAndGet(GenericMessage.asMessage("batch"));
        rolledBack.attachTransaction(transactions);
        BatchStatements.update(jdbc, INSERT, prefix + "b", 1);
        rolledBack.rollback();
        assertThat(values()).isEmpty();
        assertThat(jdbc.calls).hasSize(1);
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
