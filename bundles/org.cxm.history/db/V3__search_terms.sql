-- Search as you type finds customers by the start of any word of their names, their e-mail addresses, the
-- digits of their phone numbers and their source ids. LIKE '%text%' over the customers cannot use an index,
-- so its time grows with the store; a term found by its first three characters (the prefix) and then by
-- LIKE 'text%' is read from one short range of an index on both stores, whatever their collation.
-- The terms are derived from source customers and identities and can be rebuilt from them, so they carry
-- no foreign key; like customer_identity they follow their source customer through merges.
CREATE TABLE search_term (
    customer_id BIGINT NOT NULL,
    source_system VARCHAR(100) NOT NULL,
    source_id VARCHAR(200) NOT NULL,
    prefix VARCHAR(3) NOT NULL,
    term VARCHAR(100) NOT NULL
);
CREATE INDEX search_term_by_term ON search_term (prefix, term, customer_id);
CREATE INDEX search_term_by_source ON search_term (source_id, source_system);
CREATE INDEX search_term_by_customer ON search_term (customer_id);
