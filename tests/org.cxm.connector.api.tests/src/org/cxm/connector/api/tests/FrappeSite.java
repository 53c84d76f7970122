package org.cxm.connector.api.tests;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An ERPNext site's tables (tabCustomer, tabSales Order, tabSales Invoice, tabDeleted Document) in an
 * embedded database, filled from the Odoo-shaped data of the demo's generator in the same database: the
 * same people and documents under Frappe's names, many of them modified at the same microsecond.
 */
final class FrappeSite {

    private FrappeSite() {
    }

    static void create(Connection database) throws SQLException {
        try (Statement sql = database.createStatement()) {
            sql.execute("CREATE TABLE \"tabCustomer\" (name VARCHAR(140) PRIMARY KEY, customer_name VARCHAR(140),"
                    + " company_name VARCHAR(140), email_id VARCHAR(140), mobile_no VARCHAR(140), phone VARCHAR(140),"
                    + " tax_id VARCHAR(140), disabled INT NOT NULL, modified TIMESTAMP(6) NOT NULL)");
            sql.execute("CREATE TABLE \"tabSales Order\" (name VARCHAR(140) PRIMARY KEY, customer VARCHAR(140),"
                    + " transaction_date DATE, status VARCHAR(140), docstatus INT, grand_total DECIMAL(21, 9),"
                    + " currency VARCHAR(140), po_no VARCHAR(140), modified TIMESTAMP(6) NOT NULL)");
            sql.execute("CREATE TABLE \"tabSales Invoice\" (name VARCHAR(140) PRIMARY KEY, customer VARCHAR(140),"
                    + " posting_date DATE, due_date DATE, status VARCHAR(140), docstatus INT, is_return INT,"
                    + " grand_total DECIMAL(21, 9), currency VARCHAR(140), modified TIMESTAMP(6) NOT NULL)");
            sql.execute("CREATE TABLE \"tabDeleted Document\" (name VARCHAR(140) PRIMARY KEY,"
                    + " deleted_name VARCHAR(140), deleted_doctype VARCHAR(140), data CLOB,"
                    + " modified TIMESTAMP(6) NOT NULL)");
        }
    }

    /** Copies the Odoo-shaped data of {@code database} into the site's tables. */
    static void fillFromOdoo(Connection database) throws SQLException {
        String customer = "'CUST-' || LPAD(CAST(%s AS VARCHAR), 5, '0')";
        try (Statement sql = database.createStatement()) {
            sql.execute("INSERT INTO \"tabCustomer\" SELECT " + customer.formatted("p.id") + ", p.name,"
                    + " p.commercial_company_name, p.email, p.mobile, p.phone, CASE WHEN p.parent_id IS NULL THEN"
                    + " p.vat END, CASE WHEN p.active THEN 0 ELSE 1 END, p.write_date FROM res_partner p"
                    + " WHERE p.partner_share");
            sql.execute("INSERT INTO \"tabSales Order\" SELECT o.name, " + customer.formatted("o.partner_id")
                    + ", CAST(o.date_order AS DATE), CASE o.state WHEN 'sale' THEN 'To Deliver and Bill'"
                    + " WHEN 'cancel' THEN 'Cancelled' ELSE 'Draft' END, CASE o.state WHEN 'sale' THEN 1"
                    + " WHEN 'cancel' THEN 2 ELSE 0 END, o.amount_total, c.name, o.client_order_ref, o.write_date"
                    + " FROM sale_order o LEFT JOIN res_currency c ON c.id = o.currency_id");
            sql.execute("INSERT INTO \"tabSales Invoice\" SELECT m.name, " + customer.formatted("m.partner_id")
                    + ", m.invoice_date, m.invoice_date_due, CASE WHEN m.state = 'cancel' THEN 'Cancelled'"
                    + " WHEN m.move_type = 'out_refund' THEN 'Return' WHEN m.payment_state = 'paid' THEN 'Paid'"
                    + " ELSE 'Unpaid' END, CASE WHEN m.state = 'cancel' THEN 2 ELSE 1 END,"
                    + " CASE WHEN m.move_type = 'out_refund' THEN 1 ELSE 0 END, CASE WHEN m.move_type = 'out_refund'"
                    + " THEN -m.amount_total ELSE m.amount_total END, c.name, m.write_date FROM account_move m"
                    + " LEFT JOIN res_currency c ON c.id = m.currency_id WHERE m.move_type IN ('out_invoice',"
                    + " 'out_refund') AND m.state IN ('posted', 'cancel')");
            // Bulk edits give many documents one modified time, which pages and batches then cut through.
            sql.execute("UPDATE \"tabSales Order\" SET modified = TIMESTAMP '2026-10-30 08:00:00.123456'"
                    + " WHERE MOD(CAST(SUBSTRING(name, 2) AS INT), 3) = 0");
            sql.execute("UPDATE \"tabCustomer\" SET modified = TIMESTAMP '2026-10-30 08:00:00.123456'"
                    + " WHERE MOD(CAST(SUBSTRING(name, 6) AS INT), 4) = 0");
        }
    }

    /** Deletes customer {@code name} as Frappe does: its row goes, a Deleted Document records it. */
    static void deleteCustomer(Connection database, String name, String when) throws SQLException {
        try (Statement sql = database.createStatement()) {
            sql.execute("DELETE FROM \"tabCustomer\" WHERE name = '" + name + "'");
            sql.execute("INSERT INTO \"tabDeleted Document\" VALUES ('DEL-" + name + "', '" + name + "', 'Customer',"
                    + " '{}', TIMESTAMP '" + when + "')");
        }
    }
}
