-- The worksheet's JSON columns become json (stored as written) instead of jsonb. Nothing queries inside them: the
-- projection writes them whole and reads them whole. jsonb made PostgreSQL build its binary form on every write (two
-- rows per event, the dwelling's inputs a few kilobytes each) and print it back as text on every read; json only
-- checks the syntax. Measured under load in the issue 7 section of the README.
ALTER TABLE worksheet
    ALTER COLUMN inputs TYPE JSON USING inputs::json,
    ALTER COLUMN problems TYPE JSON USING problems::json,
    ALTER COLUMN measures TYPE JSON USING measures::json,
    ALTER COLUMN evaluated_lines TYPE JSON USING evaluated_lines::json;
