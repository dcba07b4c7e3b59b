package org.sapledger.app.config;

import java.sql.SQLException;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells the event store when an append failed on the unique (aggregate, sequence number) key, i.e. another writer
 * appended to the same aggregate first: PostgreSQL's SQLSTATE {@value #UNIQUE_VIOLATION}, anywhere in the cause
 * chain or in a batch's chained exceptions. Axon then raises a {@code ConcurrencyException} (retried or answered
 * 409) instead of a generic store failure (500). Axon's {@code JdbcSQLErrorCodesResolver} compares vendor error
 * codes, which PostgreSQL leaves at 0, and so never recognised it (found by the two-instance test).
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
