-- Worksheet lines as compact binary (IEEE doubles, exact, see WorksheetLines) instead of jsonb: writing a
-- worksheet's ~700 numbers as decimal text was the projection's largest cost. The worksheets read model is
-- emptied and its processor's tokens dropped, so it rebuilds itself from the event store on the next start.
DELETE FROM worksheet;
DELETE FROM worksheet_plan;
DELETE FROM worksheet_version;
ALTER TABLE worksheet DROP COLUMN lines;
ALTER TABLE worksheet ADD COLUMN lines BYTEA;
COMMENT ON COLUMN worksheet.lines IS
    'every computed line (see org.sapledger.query.worksheet.WorksheetLines); null when not calculable';
DELETE FROM token_entry WHERE processor_name = 'worksheets';
