-- Checkpoints of as-of replay: a property's worksheet inputs (baseline and scenarios) folded from its events up to
-- a version, written by the replay itself every sapledger.history.checkpoint-interval events. History never
-- changes, so a checkpoint stays valid; format_version changes (and old rows are ignored) when the fold changes.
CREATE TABLE timeline_checkpoint (
    property_id     VARCHAR(64) NOT NULL,
    version         BIGINT      NOT NULL,
    event_timestamp TIMESTAMPTZ NOT NULL,
    format_version  INTEGER     NOT NULL,
    state           JSONB       NOT NULL,
    PRIMARY KEY (property_id, version)
);
