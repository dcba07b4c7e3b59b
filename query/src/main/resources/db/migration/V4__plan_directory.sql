-- Which property each plan and scenario belongs to, so that /api/plans/{id} and /api/scenarios/{id} requests reach
-- the property aggregate that holds them. Written by the subscribing "plan-directory" processor in the same
-- transaction as the events, so an id is routable as soon as its creation is answered.
CREATE TABLE plan_directory (
    plan_id     VARCHAR(64) PRIMARY KEY,
    property_id VARCHAR(64) NOT NULL
);

CREATE TABLE scenario_directory (
    scenario_id VARCHAR(64) PRIMARY KEY,
    plan_id     VARCHAR(64) NOT NULL,
    property_id VARCHAR(64) NOT NULL
);
