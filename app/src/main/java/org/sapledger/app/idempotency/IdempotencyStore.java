package org.sapledger.app.idempotency;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code idempotency_record} table. Writes join the caller's transaction (the command's unit of work), reads
 * see committed answers only.
 */
@Repository
public class IdempotencyStore {

    private final JdbcTemplate jdbc;

    public IdempotencyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first answer given to an organisation's request with this key, if there was one. */
    public Optional<StoredResponse> find(String organisation, String key) {
        return jdbc.query("""
                        SELECT request_fingerprint, response_status, response_location, response_body
                        FROM idempotency_record WHERE organisation_id = ? AND idempotency_key = ?""",
                (row, n) -> new StoredResponse(row.getString(1), row.getInt(2), row.getString(3), row.getString(4)),
                organisation, key).stream().findFirst();
    }

    /**
     * Claims an organisation's {@code key} for a request; fails with {@link org.springframework.dao.DuplicateKeyException} when
     * another transaction has claimed it (waiting for that transaction to end first).
     */
    void claim(String organisation, String key, String fingerprint, int status, String location) {
        jdbc.update("""
                INSERT INTO idempotency_record
                    (organisation_id, idempotency_key, request_fingerprint, response_status, response_location)
                VALUES (?, ?, ?, ?, ?)""", organisation, key, fingerprint, status, location);
    }

    void recordBody(String organisation, String key, String body) {
        jdbc.update("UPDATE idempotency_record SET response_body = ? WHERE organisation_id = ? AND idempotency_key = ?",
                body, organisation, key);
    }
}
