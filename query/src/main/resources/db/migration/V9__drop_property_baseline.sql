-- The baseline read model is served from the worksheets read model (the baseline row's inputs), which already
-- keeps it per event; the separate property-baseline projection and its table are gone.
DROP TABLE property_baseline;
DELETE FROM token_entry WHERE processor_name = 'property-baseline';
