-- The first answer to each command request sent with an Idempotency-Key. Written in the same transaction as the
-- command's events, so a key has a record exactly when its events were appended.
CREATE TABLE idempotency_record (
    idempotency_key     VARCHAR(255) PRIMARY KEY,
    request_fingerprint CHAR(64)     NOT NULL,
    response_status     SMALLINT     NOT NULL,
    response_location   TEXT,
    response_body       TEXT,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);
