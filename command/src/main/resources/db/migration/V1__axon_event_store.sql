-- Axon Framework event store, snapshots and tracking tokens, in PostgreSQL.
-- Column names are snake_case; the application configures Axon's EventSchema and TokenSchema
-- to match (see AxonStorageConfiguration). Payloads, metadata and tokens are
-- Jackson-serialized JSON kept as text, so they can be read with plain SQL (see view event_log).

CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    PRIMARY KEY,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              TEXT         NOT NULL,
    meta_data            TEXT,
    UNIQUE (aggregate_identifier, sequence_number)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              TEXT         NOT NULL,
    meta_data            TEXT,
    PRIMARY KEY (aggregate_identifier, sequence_number)
);

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          TEXT,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- Every event with its payload and metadata as jsonb: what an auditor queries.
CREATE VIEW event_log AS
SELECT global_index,
       aggregate_identifier,
       sequence_number,
       type          AS aggregate_type,
       payload_type,
       payload_revision,
       time_stamp::timestamptz AS occurred_at,
       payload::jsonb   AS payload,
       meta_data::jsonb AS meta_data
FROM domain_event_entry;
