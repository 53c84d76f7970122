package org.cxm.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A CRM interaction log in PostgreSQL that identifies customers only by e-mail and phone, the way most
 * interaction tables and every e-mail or chat log arrive: {@code src_interactions(id, customer_email,
 * customer_phone, channel, kind, occurred_at, subject, summary, amount, updated_at)}, generated in SQL in its
 * own database ({@code cxm_source}) on the test server.
 *
 * <p>One person per eight rows on average, skewed (a few people have many interactions, most a few); each
 * person's e-mail arrives with case and blank noise, their Portuguese mobile number in five formats (one of
 * them national); one row in ten has no phone, one in twenty no e-mail; every 33rd row shares its
 * {@code updated_at} with the row before (3%), so a batch boundary falls among equal cursor values.
 */
final class KeyedInteractionSource implements AutoCloseable {

    static final String[] CHANNELS = { "web", "email", "phone", "chat", "sms", "social", "store" };

    private static final String[] KINDS = { "visit", "email", "call", "chat", "sms", "post", "purchase" };

    final String url;

    final long rows;

    final long people;

    private final Connection connection;

    private int touches;

    KeyedInteractionSource(String serverUrl, long rows) throws SQLException {
        this.rows = rows;
        this.people = Math.max(1, rows / 8);
        String base = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1);
        try (Connection admin = connect(serverUrl); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS cxm_source");
            sql.execute("CREATE DATABASE cxm_source");
        }
        url = base + "cxm_source";
        connection = connect(url);
        generate();
    }

    private void generate() throws SQLException {
        StringBuilder channel = new StringBuilder("CASE MOD(x, 7)");
        StringBuilder kind = new StringBuilder("CASE MOD(x, 7)");
        for (int i = 0; i < CHANNELS.length; i++) {
            channel.append(" WHEN ").append(i).append(" THEN '").append(CHANNELS[i]).append('\'');
            kind.append(" WHEN ").append(i).append(" THEN '").append(KINDS[i]).append('\'');
        }
        channel.append(" END");
        kind.append(" END");
        // person(x): skewed by squaring a uniform number, mixed so that neighbouring rows are other people.
        String person = "(1 + MOD(CAST(FLOOR(POWER(MOD(x * 7919, 1000003) / 1000003.0, 2) * " + people
                + ") AS BIGINT) * 104729, " + people + "))";
        execute("CREATE TABLE src_interactions (id BIGINT PRIMARY KEY, customer_email VARCHAR(200),"
                + " customer_phone VARCHAR(40), channel VARCHAR(20), kind VARCHAR(20), occurred_at TIMESTAMP,"
                + " subject VARCHAR(200), summary VARCHAR(1000), amount NUMERIC(12, 2), updated_at TIMESTAMP)");
        execute("INSERT INTO src_interactions SELECT x, CASE WHEN MOD(x, 20) = 7 THEN NULL"
                + " WHEN MOD(x, 5) = 1 THEN 'Person.' || p || '@Example.COM'"
                + " WHEN MOD(x, 10) = 3 THEN '  person.' || p || '@example.com ' ELSE 'person.' || p || '@example.com' END,"
                + " CASE WHEN MOD(x, 10) = 9 THEN NULL"
                + " WHEN MOD(x, 5) = 0 THEN '+351 91' || SUBSTRING(n FROM 1 FOR 1) || ' ' || SUBSTRING(n FROM 2 FOR 3)"
                + " || ' ' || SUBSTRING(n FROM 5 FOR 3)"
                + " WHEN MOD(x, 5) = 1 THEN '00351 91' || n WHEN MOD(x, 5) = 2 THEN '+35191' || n"
                + " WHEN MOD(x, 5) = 3 THEN '91' || SUBSTRING(n FROM 1 FOR 1) || ' ' || SUBSTRING(n FROM 2 FOR 3) || ' '"
                + " || SUBSTRING(n FROM 5 FOR 3) ELSE '(+351) 91' || SUBSTRING(n FROM 1 FOR 4) || '-' || SUBSTRING(n"
                + " FROM 5 FOR 3) END, " + channel + ", " + kind + ","
                + " TIMESTAMP '2025-01-01 00:00:00' + x * INTERVAL '20 second', 'Contact about order ' || x,"
                + " 'The customer asked about order ' || x || ' and was told it ships within two days.',"
                + " CASE WHEN MOD(x, 7) = 6 THEN MOD(x, 500) + 0.99 END,"
                + " TIMESTAMP '2025-06-01 00:00:00' + (x - CASE WHEN MOD(x, 33) = 0 THEN 1 ELSE 0 END) * INTERVAL"
                + " '1 second' FROM (SELECT x, " + person + " AS p, LPAD(CAST(" + person + " AS TEXT), 7, '0') AS n"
                + " FROM generate_series(CAST(1 AS BIGINT), " + rows + ") AS t(x)) AS g");
        execute("CREATE INDEX src_interactions_cursor ON src_interactions (updated_at, id)");
        execute("ANALYZE src_interactions");
    }

    /** Changes {@code share} of the rows (every n-th), each touch later and different from the one before. */
    void touch(double share) throws SQLException {
        long every = Math.round(1 / share);
        touches++;
        execute("UPDATE src_interactions SET subject = 'Changed " + touches + ": ' || subject, updated_at ="
                + " TIMESTAMP '2027-01-01 00:00:00' + INTERVAL '" + touches + " day' + id * INTERVAL '1 millisecond'"
                + " WHERE MOD(id, " + every + ") = 0");
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    Connection connection() {
        return connection;
    }

    private static Connection connect(String url) throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser("cxm");
        return source.getConnection();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
