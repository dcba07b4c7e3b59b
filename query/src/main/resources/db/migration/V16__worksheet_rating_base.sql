-- The RATING lines stored relative to a base kept in the same row (see org.sapledger.query.worksheet.StoredRatingLines).
-- Every event rewrote a subject's whole RATING lines (≈ 4.5 kB) although it changes only the lines its input reaches;
-- worksheet rows were ≈ 85% of the WAL PostgreSQL wrote under load (issue 7). Now rating_base holds the lines whole,
-- rewritten only now and then, and rating_lines the lines relative to it (two bits for a value the same as the
-- base's). An update that keeps the base leaves its out-of-line value in place.
--
-- Rows written before keep their standalone rating_lines (the lines' first byte tells the forms apart) and get a base
-- on their next write: nothing to rebuild.
ALTER TABLE worksheet ADD COLUMN rating_base BYTEA;  -- the RATING lines whole; null until the row is first given one

ALTER TABLE worksheet ALTER COLUMN rating_base SET STORAGE EXTERNAL;
