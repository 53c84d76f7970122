package org.cxm.demo.internal;

import static org.cxm.demo.data.CrmErpDataGenerator.ODOO;
import static org.cxm.demo.data.CrmErpDataGenerator.SUITECRM;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.demo.data.SourceSchemas;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Creates the demo's source systems as H2 database files, a SuiteCRM-shaped one in MySQL mode and an
 * Odoo-shaped one in PostgreSQL mode, so that the presets' SQL runs on them unchanged, and fills them with
 * the generated data.
 */
final class DemoSources {

    /** H2's user for databases it creates; the password is empty. */
    static final String USER = "sa";

    private DemoSources() {
    }

    static void create(DemoDirectory directory, CrmErpDataGenerator data, Consumer<String> steps)
            throws SQLException {
        try (Connection crm = connect(directory.suiteCrmUrl(false))) {
            SourceSchemas.createSuiteCrm(crm);
            data.fillSuiteCrm(crm);
        }
        steps.accept(describe("SuiteCRM (H2, MySQL mode)", data.expectedReads(SUITECRM), "accounts", "contacts"));
        try (Connection erp = connect(directory.odooUrl(false))) {
            SourceSchemas.createOdoo(erp);
            data.fillOdoo(erp);
        }
        steps.accept(describe("Odoo (H2, PostgreSQL mode)", data.expectedReads(ODOO), "res_partner"));
    }

    /** "SuiteCRM ...: 3,310 customer records, 28,412 interactions (calls 6,123, ...)". */
    private static String describe(String system, Map<String, Integer> reads, String... customerSources) {
        int customers = 0;
        int interactions = 0;
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<String, Integer> read : reads.entrySet()) {
            if (List.of(customerSources).contains(read.getKey())) {
                customers += read.getValue();
            } else {
                interactions += read.getValue();
                kinds.append(kinds.isEmpty() ? "" : ", ").append(read.getKey()).append(' ')
                        .append(String.format(Locale.ROOT, "%,d", read.getValue()));
            }
        }
        return String.format(Locale.ROOT, "%s: %,d customer records, %,d interactions (%s)", system, customers,
                interactions, kinds);
    }

    private static Connection connect(String url) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPassword("");
        return source.getConnection();
    }
}
