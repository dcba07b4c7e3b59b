-- Tenancy: every property belongs to an organisation (PropertyRegistered revision 2, organisationId).
-- Properties registered earlier belong to the organisation 'legacy', as their revision 1 events are upcast on read
-- (see org.sapledger.domain.tenancy.Tenancy.LEGACY_ORGANISATION); an operator can move them with plain SQL.

-- Which organisation owns each property: written by the subscribing "plan-directory" processor in the same
-- transaction as the registration, so ownership is checked against the event store's own state.
CREATE TABLE property_owner (
    property_id     VARCHAR(64)  PRIMARY KEY,
    organisation_id VARCHAR(100) NOT NULL
);

INSERT INTO property_owner (property_id, organisation_id)
SELECT aggregate_identifier, COALESCE(payload::jsonb ->> 'organisationId', 'legacy')
FROM domain_event_entry
WHERE payload_type = 'org.sapledger.domain.property.PropertyRegistered'
ON CONFLICT DO NOTHING;

-- The property list is per organisation.
ALTER TABLE property_summary ADD COLUMN organisation_id VARCHAR(100);
UPDATE property_summary s SET organisation_id = o.organisation_id
FROM property_owner o WHERE o.property_id = s.property_id;
UPDATE property_summary SET organisation_id = 'legacy' WHERE organisation_id IS NULL;
ALTER TABLE property_summary ALTER COLUMN organisation_id SET NOT NULL;

DROP INDEX property_summary_registered_at;
CREATE INDEX property_summary_organisation_registered_at
    ON property_summary (organisation_id, registered_at DESC, property_id);
