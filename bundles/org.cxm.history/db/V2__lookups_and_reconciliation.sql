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

-- When each record source last compared all its keys with the source, for reconciliation on a schedule.
CREATE TABLE sync_reconciliation (
    source_system VARCHAR(100) NOT NULL,
    record_source VARCHAR(200) NOT NULL,
    reconciled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_system, record_source)
);
