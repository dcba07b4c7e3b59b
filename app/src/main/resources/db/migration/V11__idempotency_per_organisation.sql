-- An Idempotency-Key is the caller's: two organisations may pick the same key without seeing each other's answers.
-- Records written before tenancy belong to the 'legacy' organisation, like the properties of that time.
ALTER TABLE idempotency_record ADD COLUMN organisation_id VARCHAR(100) NOT NULL DEFAULT 'legacy';
ALTER TABLE idempotency_record ALTER COLUMN organisation_id DROP DEFAULT;
ALTER TABLE idempotency_record DROP CONSTRAINT idempotency_record_pkey;
ALTER TABLE idempotency_record ADD PRIMARY KEY (organisation_id, idempotency_key);
