-- The crash test's CRM: 2,000 contacts and 100,000 calls; every 50 calls share one date_modified, so
-- batches end in the middle of a run of equal cursor values.
CREATE TABLE contacts (id VARCHAR(36) PRIMARY KEY, first_name VARCHAR(100), last_name VARCHAR(100),
    email1 VARCHAR(200), date_modified TIMESTAMP, deleted TINYINT DEFAULT 0);
CREATE TABLE calls (id VARCHAR(36) PRIMARY KEY, parent_id VARCHAR(36), name VARCHAR(200), date_start TIMESTAMP,
    direction VARCHAR(20), date_modified TIMESTAMP, deleted TINYINT DEFAULT 0);
INSERT INTO contacts (id, first_name, last_name, email1, date_modified)
    SELECT 'c' || X, 'First' || X, 'Last' || X, 'person' || X || '@example.com',
        TIMESTAMP '2026-01-01 00:00:00' + X * INTERVAL '1' MINUTE FROM SYSTEM_RANGE(1, 2000);
INSERT INTO calls (id, parent_id, name, date_start, direction, date_modified)
    SELECT 'k' || LPAD(X, 7, '0'), 'c' || (MOD(X, 2000) + 1), 'Call ' || X,
        TIMESTAMP '2026-02-01 00:00:00' + X * INTERVAL '1' SECOND,
        CASEWHEN(MOD(X, 2) = 0, 'Inbound', 'Outbound'),
        TIMESTAMP '2026-02-01 00:00:00' + (X / 50) * INTERVAL '1' MINUTE FROM SYSTEM_RANGE(1, 100000);
