-- Read model of the worksheets: for every property (its baseline) and every scenario, on both climate bases,
-- the worksheet input (the dwelling), every computed line keyed by worksheet number, and what the last change
-- re-evaluated. Kept by the "worksheets" event processor through calc's incremental evaluator.

-- The property version the worksheets of a property reflect (every event of the property advances it); also
-- the guard that makes a replayed event a no-op.
CREATE TABLE worksheet_version (
    property_id VARCHAR(64) PRIMARY KEY,
    version     BIGINT      NOT NULL
);

CREATE TABLE worksheet_plan (
    plan_id     VARCHAR(64)  PRIMARY KEY,
    property_id VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL
);

CREATE TABLE worksheet (
    subject_id      VARCHAR(64) NOT NULL,  -- the property id for its baseline, the scenario id for a scenario
    basis           VARCHAR(8)  NOT NULL CHECK (basis IN ('RATING', 'LOCAL')),
    property_id     VARCHAR(64) NOT NULL,
    plan_id         VARCHAR(64),           -- scenarios only
    name            VARCHAR(100),          -- scenarios only
    position        INTEGER     NOT NULL,  -- 0 for the baseline; scenarios in the order they were added
    version         BIGINT      NOT NULL,  -- the property version at which these lines were last computed
    inputs          JSONB       NOT NULL,  -- the dwelling the lines are computed for
    lines           JSONB,                 -- {"4": 100.0, "39": [12 values], ...}; null when not calculable
    problems        JSONB       NOT NULL,  -- why the dwelling cannot be calculated: [{"field", "message"}]
    measures        JSONB       NOT NULL,  -- scenarios: [{"measureId", "measure", "status"}]
    evaluated_lines JSONB       NOT NULL,  -- the lines the last change re-evaluated
    PRIMARY KEY (subject_id, basis)
);

CREATE INDEX worksheet_property ON worksheet (property_id, position);
CREATE INDEX worksheet_plan_scenarios ON worksheet (plan_id, position);
