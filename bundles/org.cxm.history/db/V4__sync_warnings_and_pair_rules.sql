-- Phone numbers that no region reads are counted with their sync run and the first of them listed, so a
-- number that is not an identifier never disappears without a trace.
ALTER TABLE sync_run ADD COLUMN invalid_phones BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE sync_run ADD COLUMN warnings VARCHAR(1000000);

-- A merge by a pair rule journals all its kinds and values, joined by " + " (LAST_NAME + PHONE).
ALTER TABLE merge_journal ALTER COLUMN identifier_kind SET DATA TYPE VARCHAR(100);
ALTER TABLE merge_journal ALTER COLUMN identifier_value SET DATA TYPE VARCHAR(1000);
