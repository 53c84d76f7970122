package org.cxm.history.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema migrations, applied in order when a store is opened. Each applied version is recorded
 * with the checksum of its script; a changed script of an applied version stops the store from opening,
 * because the database no longer matches what the code expects.
 *
 * <p>A script is shared by both stores unless a store has its own version under {@code db/<dialect>/}
 * (lower-case dialect name), for the few statements whose syntax differs.
 *
 * <p>Flyway is not an OSGi bundle and scans class paths in ways OSGi does not support; Liquibase is a
 * bundle but brings a dozen more. The store needs only ordered, checked SQL scripts, which this is.
 */
public final class Migrations {

    /** The migrations, oldest first. A new version is a new script here; never edit an applied one. */
    static final List<String> SCRIPTS = List.of("V1__customer_history.sql", "V2__lookups_and_reconciliation.sql",
            "V3__search_terms.sql", "V4__sync_warnings_and_pair_rules.sql",
            "V5__identities_by_source_customer.sql", "V6__phone_terms_from_both_ends.sql",
            "V7__long_cursors.sql");

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** Brings the store up to the newest version; returns how many migrations were applied. */
    public static int migrate(Jdbi jdbi, Dialect dialect) {
        return jdbi.inTransaction(handle -> {
            handle.execute("CREATE TABLE IF NOT EXISTS cxm_schema_version (version INT PRIMARY KEY,"
                    + " script VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            Map<Integer, String> applied = handle.createQuery("SELECT version, checksum FROM cxm_schema_version")
                    .reduceRows(new java.util.HashMap<Integer, String>(), (map, row) -> {
                        map.put(row.getColumn("version", Integer.class), row.getColumn("checksum", String.class));
                        return map;
                    });
            int count = 0;
            for (String script : SCRIPTS) {
                int version = versionOf(script);
                String sql = read(script, dialect);
                String checksum = checksum(sql);
                if (applied.containsKey(version)) {
                    verify(script, applied.get(version), checksum);
                } else {
                    apply(handle, script, version, sql, checksum);
                    count++;
                }
            }
            return count;
        });
    }

    private static void apply(Handle handle, String script, int version, String sql, String checksum) {
        LOG.info("Applying store migration {}", script);
        for (String statement : statements(sql)) {
            handle.execute(statement);
        }
        handle.createUpdate("INSERT INTO cxm_schema_version (version, script, checksum, applied_at)"
                + " VALUES (:version, :script, :checksum, :at)")
                .bind("version", version).bind("script", script).bind("checksum", checksum)
                .bind("at", OffsetDateTime.now()).execute();
    }

    private static void verify(String script, String recorded, String actual) {
        if (!recorded.equals(actual)) {
            throw new IllegalStateException("Store migration " + script + " was changed after it was applied"
                    + " (checksum " + recorded + " in the store, " + actual + " now); restore the script and add"
                    + " a new migration instead.");
        }
    }

    /** The script's statements: separated by semicolons at line ends, without comment lines. */
    static List<String> statements(String sql) {
        String withoutComments = sql.lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return List.of(withoutComments.split(";\\s*(\n|$)")).stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    private static String read(String script, Dialect dialect) {
        String own = "/db/" + dialect.name().toLowerCase(java.util.Locale.ROOT) + "/" + script;
        try (InputStream in = Migrations.class.getResource(own) != null ? Migrations.class.getResourceAsStream(own)
                : Migrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Store migration db/" + script + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read store migration " + script, e);
        }
    }

    private static String checksum(String sql) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
