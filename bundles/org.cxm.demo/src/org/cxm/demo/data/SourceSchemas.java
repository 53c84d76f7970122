package org.cxm.demo.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Creates the SuiteCRM-shaped and the Odoo-shaped tables the presets read ({@code schemas/*.sql} of this
 * bundle), dropping them first when they exist: in MariaDB or MySQL and H2 in MySQL mode for SuiteCRM, in
 * PostgreSQL and H2 in PostgreSQL mode for Odoo.
 */
public final class SourceSchemas {

    private static final String SUITECRM = "schemas/suitecrm-mariadb.sql";

    private static final String ODOO = "schemas/odoo-postgresql.sql";

    private SourceSchemas() {
    }

    /** Creates SuiteCRM's accounts, contacts, e-mail addresses, cases, calls, meetings, e-mails and notes. */
    public static void createSuiteCrm(Connection connection) throws SQLException {
        run(connection, SUITECRM);
    }

    /** Creates Odoo's partners, currencies, leads and stages, orders, invoices, chatter and live chats. */
    public static void createOdoo(Connection connection) throws SQLException {
        run(connection, ODOO);
    }

    /** Runs a script: statements end with a semicolon at a line end; lines starting with -- are comments. */
    private static void run(Connection connection, String path) throws SQLException {
        String sql = text(path).lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        try (Statement statement = connection.createStatement()) {
            for (String part : sql.split(";\\s*(\n|$)")) {
                if (!part.isBlank()) {
                    statement.execute(part.strip());
                }
            }
        }
    }

    /** A text file of this bundle, also when run outside OSGi from the class path. */
    private static String text(String path) {
        Bundle bundle = FrameworkUtil.getBundle(SourceSchemas.class);
        URL url = bundle != null ? bundle.getEntry(path) : SourceSchemas.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from the org.cxm.demo bundle (build.properties"
                    + " bin.includes must list schemas/)");
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
