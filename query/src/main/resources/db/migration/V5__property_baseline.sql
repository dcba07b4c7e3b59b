-- Read model: each property's current baseline dwelling (the worksheet input), as JSON.
CREATE TABLE property_baseline (
    property_id VARCHAR(64) PRIMARY KEY,
    version     BIGINT      NOT NULL,
    baseline    JSONB       NOT NULL
);
