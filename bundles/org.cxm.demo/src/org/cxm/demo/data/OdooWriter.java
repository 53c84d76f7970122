package org.cxm.demo.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.cxm.demo.data.Plan.Partner;
import org.cxm.demo.data.Plan.Prospect;

/**
 * Writes the planned Odoo records into the empty tables of {@code schemas/odoo-postgresql.sql}: partners,
 * leads, sales orders, customer invoices and credit notes, chatter messages and live chat sessions, as the
 * Odoo ORM stores them, and counts what each record source of the Odoo preset will read. The SQL is what
 * PostgreSQL and H2 in PostgreSQL mode accept, except for the translated stage names (jsonb), which each
 * database is given in its own way.
 */
final class OdooWriter implements AutoCloseable {

    private static final int GBP = 1;

    private static final int EUR = 2;

    /** The partners of the internal users who answer live chats (see CustomerPlanner's staff). */
    private static final int[] OPERATORS = { 3, 4 };

    final Map<String, Integer> reads = new HashMap<>();

    int overdue;

    int invalidLead;

    private final Plan plan;

    private final LocalDateTime now;

    private final Random rows;

    private final Map<Integer, Partner> byId = new HashMap<>();

    private final Map<Integer, Integer> invoiceNumbers = new HashMap<>();

    private final Map<Integer, Integer> refundNumbers = new HashMap<>();

    private final BatchedRows currencyRows;

    private final BatchedRows stageRows;

    private final BatchedRows partnerRows;

    private final BatchedRows leadRows;

    private final BatchedRows orderRows;

    private final BatchedRows moveRows;

    private final BatchedRows channelRows;

    private final BatchedRows memberRows;

    private final BatchedRows messageRows;

    private int leadId = 1;

    private int orderId = 1;

    private int moveId = 1;

    private int channelId = 1;

    private int memberId = 1;

    private int messageId = 1;

    OdooWriter(Plan plan, Connection connection, Random rows) throws SQLException {
        this.plan = plan;
        this.now = plan.now;
        this.rows = rows;
        for (String source : List.of("crm_lead", "sale_order", "account_move", "mail_message_email",
                "discuss_channel_livechat", "mail_message_note")) {
            reads.put(source, 0);
        }
        boolean h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        currencyRows = new BatchedRows(connection, "INSERT INTO res_currency (id, name, full_name, symbol, rounding,"
                + " decimal_places, active, position, create_date, write_date) VALUES (?, ?, ?, ?, 0.01, 2, TRUE,"
                + " 'before', ?, ?)");
        // Translated names are jsonb in PostgreSQL; H2 parses a JSON parameter only when told it is JSON.
        stageRows = new BatchedRows(connection, "INSERT INTO crm_stage (id, name, sequence, is_won, fold, create_date,"
                + " write_date) VALUES (?, " + (h2 ? "? FORMAT JSON" : "?::jsonb") + ", ?, ?, FALSE, ?, ?)");
        partnerRows = new BatchedRows(connection, "INSERT INTO res_partner (id, company_id, create_date, name,"
                + " complete_name, parent_id, commercial_partner_id, lang, tz, vat, type, city, zip, email,"
                + " email_normalized, phone, mobile, commercial_company_name, active, employee, is_company,"
                + " partner_share, customer_rank, supplier_rank, write_date) VALUES (?, NULL, ?, ?, ?, ?, ?, 'en_GB',"
                + " 'Europe/London', ?, 'contact', ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 0, ?)");
        leadRows = new BatchedRows(connection, "INSERT INTO crm_lead (id, user_id, team_id, company_id, stage_id,"
                + " partner_id, name, email_from, email_normalized, phone, contact_name, type, priority, description,"
                + " active, probability, expected_revenue, date_open, date_closed, date_last_stage_update, won_status,"
                + " create_date, write_date) VALUES (?, 2, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)", stageRows, partnerRows);
        orderRows = new BatchedRows(connection, "INSERT INTO sale_order (id, company_id, partner_id,"
                + " partner_invoice_id, partner_shipping_id, currency_id, team_id, user_id, name, state,"
                + " client_order_ref, origin, invoice_status, amount_untaxed, amount_tax, amount_total, locked,"
                + " date_order, create_date, write_date) VALUES (?, 1, ?, ?, ?, ?, 1, 2, ?, ?, ?, ?, ?, ?, ?, ?, FALSE,"
                + " ?, ?, ?)", partnerRows, currencyRows);
        moveRows = new BatchedRows(connection, "INSERT INTO account_move (id, journal_id, company_id, currency_id,"
                + " partner_id, commercial_partner_id, name, state, move_type, payment_state, payment_reference,"
                + " invoice_origin, date, invoice_date, invoice_date_due, amount_untaxed, amount_tax, amount_total,"
                + " amount_residual, amount_total_signed, amount_residual_signed, create_date, write_date)"
                + " VALUES (?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", partnerRows,
                currencyRows);
        channelRows = new BatchedRows(connection, "INSERT INTO discuss_channel (id, livechat_channel_id,"
                + " livechat_operator_id, name, channel_type, anonymous_name, livechat_active, create_date,"
                + " write_date) VALUES (?, 1, ?, ?, 'livechat', ?, ?, ?, ?)", partnerRows);
        memberRows = new BatchedRows(connection, "INSERT INTO discuss_channel_member (id, channel_id, partner_id,"
                + " guest_id, create_date, write_date) VALUES (?, ?, ?, ?, ?, ?)", channelRows);
        messageRows = new BatchedRows(connection, "INSERT INTO mail_message (id, res_id, subtype_id, author_id,"
                + " subject, model, record_name, message_type, email_from, message_id, body, is_internal, date,"
                + " create_date, write_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", partnerRows);
    }

    void write() throws SQLException {
        LocalDateTime setup = now.minusYears(5);
        currencyRows.add(GBP, "GBP", "British pound", "£", setup, setup);
        currencyRows.add(EUR, "EUR", "Euro", "€", setup, setup);
        String[] stages = { "New", "Qualified", "Proposition", "Won" };
        for (int s = 0; s < stages.length; s++) {
            stageRows.add(s + 1, "{\"en_US\": \"" + stages[s] + "\"}", s + 1, s == 3, setup, setup);
        }
        for (Partner partner : plan.partners) {
            byId.put(partner.id, partner);
        }
        for (Partner partner : plan.partners) {
            partner(partner);
        }
        for (Partner partner : plan.partners) {
            interactions(partner);
        }
        for (Prospect prospect : plan.prospects) {
            for (int n = 0; n < prospect.leads; n++) {
                int id = lead(null, prospect.name, prospect.email, at(), prospect.invalid);
                if (prospect.invalid) {
                    invalidLead = id;
                }
            }
        }
    }

    private void interactions(Partner partner) throws SQLException {
        if (partner.showcase) {
            showcaseInteractions(partner);
        }
        for (int n = 0; n < partner.orders; n++) {
            order(partner, at(), null);
        }
        for (int n = 0; n < partner.invoices; n++) {
            invoice(partner, at(), null, null);
        }
        for (int n = 0; n < partner.emails; n++) {
            message(partner, "res.partner", partner.id, partner.name, at(),
                    rows.nextBoolean() ? "email" : "email_outgoing", null);
        }
        for (int n = 0; n < partner.comments; n++) {
            message(partner, "res.partner", partner.id, partner.name, at(), "comment", null);
        }
        for (int n = 0; n < partner.chats; n++) {
            chat(partner, at(), null, false);
            if (rows.nextInt(3) == 0) {
                // A visitor who did not log in: a guest, not a customer, left out by the preset.
                chat(null, at(), null, false);
            }
        }
        for (int n = 0; n < partner.leads; n++) {
            lead(partner, partner.name, partner.email == null ? null : partner.email.strip(), at(), false);
        }
    }

    private void partner(Partner partner) throws SQLException {
        String normalized = partner.email == null || !partner.email.contains("@") || partner.email.contains("(")
                ? null : partner.email.strip().toLowerCase(Locale.ROOT);
        Partner parent = partner.parentId == null ? null : byId.get(partner.parentId);
        String complete = parent == null ? partner.name : parent.name + ", " + partner.name;
        partnerRows.add(partner.id, partner.created, partner.name, complete, partner.parentId,
                parent == null ? partner.id : parent.id, partner.vat,
                pick("London", "Croydon", "Guildford", "Leeds", "Manchester"),
                pick("CR0 1NX", "GU1 3DX", "LS1 4HR", "M1 1AE", "SE1 7PB"), partner.email, normalized,
                partner.phone, partner.mobile, partner.company ? partner.name : partner.commercialName,
                partner.active, partner.company, partner.share, partner.orders + partner.invoices > 0 ? 1 : 0,
                partner.written);
    }

    /**
     * Sofia's story in the ERP: the sofa she ordered and paid, her question where it is, an armchair ordered
     * later whose invoice is still unpaid past its due date, and a chat four days ago about the replacement.
     */
    private void showcaseInteractions(Partner partner) throws SQLException {
        int sofa = order(partner, now.minusDays(61).withHour(21).withMinute(12).withSecond(0), "sale");
        invoice(partner, now.minusDays(61).withHour(21).withMinute(15).withSecond(0), sofa, "paid");
        message(partner, "sale.order", sofa, orderName(sofa),
                now.minusDays(50).withHour(9).withMinute(40).withSecond(0), "email", "Where is my sofa?");
        int armchair = order(partner, now.minusDays(35).withHour(14).withMinute(2).withSecond(0), "sale");
        invoice(partner, now.minusDays(35).withHour(14).withMinute(5).withSecond(0), armchair, "not_paid");
        chat(partner, now.minusDays(4).withHour(18).withMinute(20).withSecond(0),
                "Where is my replacement cushion? It was promised for last week.", false);
    }

    private int order(Partner partner, LocalDateTime at, String fixedState) throws SQLException {
        int id = orderId++;
        String state = fixedState != null ? fixedState
                : pick("sale", "sale", "sale", "sale", "draft", "sent", "cancel");
        int currency = rows.nextInt(10) == 0 ? EUR : GBP;
        BigDecimal untaxed = BigDecimal.valueOf(1500 + rows.nextInt(300000), 2);
        BigDecimal tax = untaxed.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
        String name = orderName(id);
        LocalDateTime written = modified(at);
        orderRows.add(id, partner.id, partner.id, partner.id, currency, name, state,
                rows.nextInt(4) == 0 ? "PO-" + (4000 + rows.nextInt(5000)) : null,
                rows.nextBoolean() ? "Website" : null,
                state.equals("sale") ? pick("invoiced", "to invoice", "no") : "no", untaxed, tax, untaxed.add(tax),
                at, at, written);
        count("sale_order");
        // The tracking notification of the order: a system message, left out by the preset.
        message(partner, "sale.order", id, name, written, "notification", "Quotation → Sales Order");
        return id;
    }

    private static String orderName(int id) {
        return "S" + String.format(Locale.ROOT, "%05d", id);
    }

    private void invoice(Partner partner, LocalDateTime at, Integer order, String fixedPayment)
            throws SQLException {
        int id = moveId++;
        LocalDate date = at.toLocalDate();
        boolean refund = fixedPayment == null && rows.nextInt(7) == 0;
        boolean cancelled = fixedPayment == null && !refund && rows.nextInt(20) == 0;
        String payment = fixedPayment != null ? fixedPayment : cancelled ? "not_paid" : refund
                ? pick("paid", "reversed", "not_paid")
                : pick("paid", "paid", "paid", "paid", "paid", "paid", "in_payment", "in_payment", "not_paid",
                        "not_paid", "not_paid", "partial");
        BigDecimal total = BigDecimal.valueOf(1500 + rows.nextInt(300000), 2);
        BigDecimal untaxed = total.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(120), 2,
                RoundingMode.HALF_UP);
        BigDecimal residual = switch (payment) {
            case "not_paid" -> total;
            case "partial" -> total.divide(BigDecimal.valueOf(2 + rows.nextInt(3)), 2, RoundingMode.HALF_UP);
            default -> BigDecimal.ZERO.setScale(2);
        };
        LocalDate due = date.plusDays(30);
        String name = sequenceName(refund ? "RINV" : "INV", date.getYear(), refund ? refundNumbers : invoiceNumbers);
        BigDecimal sign = refund ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        String state = cancelled ? "cancel" : "posted";
        moveRows.add(id, rows.nextInt(10) == 0 ? EUR : GBP, partner.id, partner.parentId != null
                ? partner.parentId : partner.id, name, state, refund ? "out_refund" : "out_invoice", payment,
                name, order == null ? null : orderName(order), date, date, due, untaxed, total.subtract(untaxed),
                total, residual, total.multiply(sign), residual.multiply(sign), at, modified(at));
        count("account_move");
        if (state.equals("posted") && (payment.equals("not_paid") || payment.equals("partial")) && !refund
                && due.isBefore(now.toLocalDate())) {
            overdue++;
        }
        if (rows.nextInt(25) == 0) {
            // A draft invoice: not sent to the customer, left out by the preset.
            int draft = moveId++;
            moveRows.add(draft, GBP, partner.id, partner.id, null, "draft", "out_invoice", "not_paid", null, null,
                    date, null, null, untaxed, total.subtract(untaxed), total, total, total, total, at, at);
        }
    }

    private static String sequenceName(String prefix, int year, Map<Integer, Integer> numbers) {
        int number = numbers.merge(year, 1, Integer::sum);
        return prefix + "/" + year + "/" + String.format(Locale.ROOT, "%05d", number);
    }

    private void message(Partner partner, String model, int resId, String recordName, LocalDateTime at, String type,
            String subject) throws SQLException {
        int id = messageId++;
        boolean incoming = type.equals("email");
        String text = subject != null ? subject : switch (type) {
            case "email" -> pick("Question about delivery", "Re: your quotation", "Damaged cushion cover",
                    "Can I change the colour?");
            case "email_outgoing" -> pick("Your order is on its way", "Autumn catalogue: new sofas",
                    "Your invoice from Larkspur Home");
            case "comment" -> pick("Customer called about delivery slot", "Agreed 10% goodwill discount",
                    "Prefers deliveries on Saturdays");
            default -> "Stage changed";
        };
        Integer author = incoming ? Integer.valueOf(partner.id) : Integer.valueOf(2 + rows.nextInt(3));
        messageRows.add(id, resId, type.equals("comment") ? 2 : 1, author, type.equals("comment") ? null : text,
                model, recordName, type, incoming ? partner.email : "service@larkspurhome.example",
                "<" + id + "." + plan.seed + "@larkspurhome.example>", "<p>" + text + "</p>", type.equals("comment"),
                at, at, at);
        // Every message here is about a document with a partner; notifications are left out by the preset.
        switch (type) {
            case "email", "email_outgoing" -> count("mail_message_email");
            case "comment" -> count("mail_message_note");
            default -> {
                // A tracking notification.
            }
        }
    }

    /**
     * A live chat session of {@code partner} (or of an anonymous guest when {@code null}) with an operator: the
     * visitor's question, the operator's answer and sometimes a thank-you.
     */
    private void chat(Partner partner, LocalDateTime start, String question, boolean ongoing) throws SQLException {
        int id = channelId++;
        int operator = OPERATORS[rows.nextInt(OPERATORS.length)];
        String visitor = partner == null ? "Visitor #" + (1000 + rows.nextInt(9000)) : partner.name;
        String name = visitor + ", " + byId.get(operator).name;
        String first = question != null ? question : pick("Where is my order? It was due yesterday.",
                "Can I get fabric samples for the Oslo sofa?", "Do you deliver on Saturdays?",
                "How do I return a rug?", "Is the Hampton dining table in stock?", "My delivery is running late.");
        String answer = pick("Let me check that for you.", "Thanks for waiting, I have the details now.",
                "I have sent you an e-mail with the options.");
        LocalDateTime end = start.plusMinutes(3 + rows.nextInt(12));
        channelRows.add(id, operator, name, partner == null ? visitor : null, ongoing, start, end);
        memberRows.add(memberId++, id, operator, null, start, start);
        memberRows.add(memberId++, id, partner == null ? null : partner.id,
                partner == null ? Integer.valueOf(500 + id) : null, start, start);
        Integer author = partner == null ? null : partner.id;
        chatMessage(id, name, author, first, start);
        chatMessage(id, name, operator, answer, start.plusMinutes(1));
        if (rows.nextBoolean()) {
            chatMessage(id, name, author, "Thank you!", end);
        }
        if (partner != null) {
            count("discuss_channel_livechat");
        }
    }

    private void chatMessage(int channel, String name, Integer author, String text, LocalDateTime at)
            throws SQLException {
        int id = messageId++;
        messageRows.add(id, channel, 1, author, null, "discuss.channel", name, "comment", null,
                "<" + id + "." + plan.seed + "@larkspurhome.example>", "<p>" + text + "</p>", false, at, at, at);
    }

    private int lead(Partner partner, String name, String email, LocalDateTime at, boolean invalid)
            throws SQLException {
        Integer partnerId = partner == null ? null : partner.id;
        int id = leadId++;
        int stage = 1 + rows.nextInt(4);
        boolean lost = stage != 4 && rows.nextInt(5) == 0;
        String title = invalid ? "Call back request" : pick("Corner sofa for new flat",
                "Fabric samples for armchair", "Dining set quote", "Office chairs for 12 staff",
                "Bedroom furniture for rental flats");
        LocalDateTime written = modified(at);
        leadRows.add(id, stage, partnerId, title, email, invalid || email == null ? null
                : email.strip().toLowerCase(Locale.ROOT), null, name, partnerId == null ? "lead" : "opportunity",
                String.valueOf(rows.nextInt(4)), "<p>" + title + ", from the website form.</p>", !lost,
                lost ? 0.0 : stage == 4 ? 100.0 : 10.0 * stage, BigDecimal.valueOf(20000 + rows.nextInt(500000), 2),
                at, stage == 4 || lost ? written : null, written, stage == 4 ? "won" : lost ? "lost" : "pending",
                at, written);
        count("crm_lead");
        if (partner != null && rows.nextBoolean()) {
            message(partner, "crm.lead", id, title, written, "comment", null);
        }
        return id;
    }

    private void count(String recordSource) {
        reads.merge(recordSource, 1, Integer::sum);
    }

    private LocalDateTime at() {
        return now.minusDays(1 + rows.nextInt(729)).withHour(8 + rows.nextInt(12)).withMinute(rows.nextInt(60))
                .withSecond(rows.nextInt(60)).withNano(1000 * rows.nextInt(1_000_000));
    }

    private LocalDateTime modified(LocalDateTime at) {
        LocalDateTime modified = at.plusMinutes(rows.nextInt(3 * 24 * 60)).withNano(1000 * rows.nextInt(1_000_000));
        return modified.isAfter(now) ? now : modified;
    }

    private String pick(String... values) {
        return values[rows.nextInt(values.length)];
    }

    /** Executes what is still batched, in the order of the foreign keys. */
    void flush() throws SQLException {
        for (BatchedRows batch : batches()) {
            batch.flush();
        }
    }

    private List<BatchedRows> batches() {
        return List.of(currencyRows, stageRows, partnerRows, leadRows, orderRows, moveRows, channelRows, memberRows,
                messageRows);
    }

    @Override
    public void close() throws SQLException {
        for (BatchedRows batch : batches()) {
            batch.close();
        }
    }
}
