package org.sapledger.query.jdbc;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The single-row writes a projection asks for while it handles one batch of events, sent to PostgreSQL when the
 * batch commits: in the order they were asked for, each run of consecutive statements with the same SQL as one JDBC
 * batch. A rebuild's batch of 1,000 events registers some ten properties, which cost ten round trips one by one
 * (≈ 13% of a rebuild lane's CPU went to them) and one this way. Outside a unit of work (a handler called directly,
 * a reset) each statement runs at once.
 *
 * <p>Only for projections whose handlers never read back, within a batch, what they wrote: until the batch commits
 * the rows are not in the table.
 */
public final class BatchStatements {

    private static final String RESOURCE = BatchStatements.class.getName();

    private final List<Statement> pending = new ArrayList<>();

    private BatchStatements() {
    }

    /** One statement, the template that runs it and its parameters, bound in order. */
    private record Statement(JdbcTemplate jdbc, String sql, Object[] parameters) {

        boolean sameAs(Statement other) {
            return jdbc == other.jdbc && sql.equals(other.sql);
        }
    }

    /** Runs {@code sql} with {@code parameters} when the current batch commits, or at once outside of one. */
    public static void update(JdbcTemplate jdbc, String sql, Object... parameters) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, parameters);
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        BatchStatements statements = batch.getOrComputeResource(RESOURCE, key -> {
            BatchStatements created = new BatchStatements();
            batch.onPrepareCommit(u -> created.flush());
            return created;
        });
        statements.pending.add(new Statement(jdbc, sql, parameters));
    }

    /** Sends the pending statements in order, a run of the same SQL as one JDBC batch. */
    private void flush() {
        int from = 0;
        while (from < pending.size()) {
            Statement first = pending.get(from);
            int to = from + 1;
            while (to < pending.size() && pending.get(to).sameAs(first)) {
                to++;
            }
            if (to - from == 1) {
                first.jdbc().update(first.sql(), first.parameters());
            } else {
                List<Object[]> parameters = new ArrayList<>(to - from);
                for (Statement statement : pending.subList(from, to)) {
                    parameters.add(statement.parameters());
                }
                first.jdbc().batchUpdate(first.sql(), parameters);
            }
            from = to;
        }
        pending.clear();
    }
}
