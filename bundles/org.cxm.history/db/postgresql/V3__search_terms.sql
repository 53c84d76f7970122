-- Search as you type finds customers by the start of any word of their names, their e-mail addresses, the
-- digits of their phone numbers and their source ids. LIKE '%text%' over the customers cannot use an index,
-- so its time grows with the store; LIKE 'text%' over these terms reads one short range of an index.
-- The terms are derived from source customers and identities and can be rebuilt from them, so they carry
-- no foreign key; like customer_identity they follow their source customer through merges.
CREATE TABLE search_term (
    customer_id BIGINT NOT NULL,
    source_system VARCHAR(100) NOT NULL,
    source_id VARCHAR(200) NOT NULL,
    term VARCHAR(100) NOT NULL
);
-- PostgreSQL serves LIKE 'text%' from an index only with text_pattern_ops (or the C collation).
CREATE INDEX search_term_by_term ON search_term (term text_pattern_ops, customer_id);
CREATE INDEX search_term_by_source ON search_term (source_id, source_system);
CREATE INDEX search_term_by_customer ON search_term (customer_id);
