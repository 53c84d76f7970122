-- Batch look-ups bind many keys in one IN list. H2 serves an IN list from an index only when the listed
-- column leads the index, so the keys batches look up by lead their indexes.

-- The customers a batch of interactions refers to, by source id.
CREATE INDEX source_customer_by_source_id ON source_customer (source_id, source_system);

-- Identifier values a batch of customers shares with the store, by value; matching by kind and value
-- one at a time uses it as well.
DROP INDEX customer_identity_by_value;
CREATE INDEX customer_identity_by_value ON customer_identity (normalized_value, kind);

-- A merge repoints the customers merged into the one it merges away.
CREATE INDEX customer_by_merged_into ON customer (merged_into);
