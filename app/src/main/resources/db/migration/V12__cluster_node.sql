-- The service instances sharing this database, each with its last heartbeat. Event processors divide their
-- segments among the instances that are alive (see org.sapledger.app.cluster.SegmentBalancer).
CREATE TABLE cluster_node (
    node_id      VARCHAR(255) PRIMARY KEY,
    heartbeat_at TIMESTAMPTZ  NOT NULL,
    started_at   TIMESTAMPTZ  NOT NULL
);
