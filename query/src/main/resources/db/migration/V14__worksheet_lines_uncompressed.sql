-- A worksheet's lines (≈ 6.4 kB of binary doubles, see WorksheetLines) are kept out of line without compression.
-- PostgreSQL compressed them with pglz on every write (two rows per event) to save ≈ 40% of their space: in 40,000
-- updates of real worksheet rows on PostgreSQL 14 that compression was ≈ 0.1 ms of the ≈ 0.36 ms of each update
-- (7.3–7.5 s → 5.1–5.7 s per 20,000). Values already stored keep their form until the projection next writes them.
ALTER TABLE worksheet ALTER COLUMN lines SET STORAGE EXTERNAL;
