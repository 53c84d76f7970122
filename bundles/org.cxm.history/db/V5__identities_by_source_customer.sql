-- The identities of a batch of source customers, looked up by source id: the implicit customers of
-- interactions that carry only an e-mail address or a phone number are read this way when a sync starts.
-- H2 serves an IN list from an index only through its leading column, so the source id leads.
CREATE INDEX customer_identity_by_source ON customer_identity (source_id, source_system);
