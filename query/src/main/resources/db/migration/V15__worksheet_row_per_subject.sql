-- One worksheet row per subject (a property's baseline or a scenario) holding both climate bases, instead of one row
-- per subject and basis. Every event rewrites both bases of the worksheets it changes, and under load those writes
-- were about 70% of PostgreSQL's statement time (pg_stat_statements, issue 7): each row update costs a fixed ≈ 0.065 ms
-- of PostgreSQL CPU before its size counts, and the two rows repeated the same inputs, problems and measures.
--
-- The RATING basis owns inputs, problems, measures and evaluated_lines; the LOCAL basis's columns of the same name
-- are null when they read the same (the dwelling and its measures never depend on the basis). Each basis has its own
-- lines (see org.sapledger.query.worksheet.WorksheetLines), null when not calculable, kept out of line without
-- compression (V14).
--
-- The worksheets read model is emptied and its processor's tokens dropped, so it rebuilds itself from the event
-- store on the next start (as in V8).
DELETE FROM token_entry WHERE processor_name = 'worksheets';
DELETE FROM worksheet_plan;
DELETE FROM worksheet_version;
DROP TABLE worksheet;

CREATE TABLE worksheet (
    subject_id            VARCHAR(64)  PRIMARY KEY, -- the property id for its baseline, the scenario id for a scenario
    property_id           VARCHAR(64)  NOT NULL,
    plan_id               VARCHAR(64),              -- scenarios only
    name                  VARCHAR(100),             -- scenarios only
    position              INTEGER      NOT NULL,    -- 0 for the baseline; scenarios in the order they were added
    version               BIGINT       NOT NULL,    -- the property version at which these lines were last computed
    inputs                JSON         NOT NULL,    -- the dwelling the lines are computed for
    problems              JSON         NOT NULL,    -- why it cannot be calculated: [{"field", "message"}]
    measures              JSON         NOT NULL,    -- scenarios: [{"measureId", "measure", "status"}]
    evaluated_lines       JSON         NOT NULL,    -- the lines the last change re-evaluated
    rating_lines          BYTEA,                    -- every line on the RATING basis; null when not calculable
    local_lines           BYTEA,                    -- every line on the LOCAL basis; null when not calculable
    local_inputs          JSON,                     -- the LOCAL basis's, when not the same as the RATING basis's
    local_problems        JSON,
    local_measures        JSON,
    local_evaluated_lines JSON
);

ALTER TABLE worksheet
    ALTER COLUMN rating_lines SET STORAGE EXTERNAL,
    ALTER COLUMN local_lines SET STORAGE EXTERNAL;

CREATE INDEX worksheet_property ON worksheet (property_id, position);
CREATE INDEX worksheet_plan_scenarios ON worksheet (plan_id, position);
