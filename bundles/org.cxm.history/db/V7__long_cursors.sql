-- An API's opaque delta token (a delta link with its query, a continuation token) is kept as the cursor
-- of its record source and can be far longer than a modified time or a key; so can the keys of a record
-- source with a composite key of long texts.
ALTER TABLE sync_cursor ALTER COLUMN cursor_value SET DATA TYPE VARCHAR(4000);
ALTER TABLE sync_cursor ALTER COLUMN cursor_key SET DATA TYPE VARCHAR(4000);
