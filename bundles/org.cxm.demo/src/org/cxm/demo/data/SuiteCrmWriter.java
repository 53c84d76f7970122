package org.cxm.demo.data;

import static org.cxm.demo.data.Spellings.nonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.cxm.demo.data.Plan.Account;
import org.cxm.demo.data.Plan.Contact;

/**
 * Writes the planned SuiteCRM records into the empty tables of {@code schemas/suitecrm-mariadb.sql}: accounts
 * and contacts with their shared e-mail address rows, and the cases, calls, meetings, e-mails and notes about
 * them, as SuiteCRM stores them. The SQL is what MariaDB, MySQL and H2 in MySQL mode all accept.
 */
final class SuiteCrmWriter implements AutoCloseable {

    /** The calls, e-mails, meetings and cases of the showcase customer that are always the same. */
    static final int SHOWCASE_CALLS = 2;

    static final int SHOWCASE_EMAILS = 2;

    static final int SHOWCASE_MEETINGS = 1;

    static final int SHOWCASE_CASES = 2;

    private final Plan plan;

    private final LocalDateTime now;

    private final Random rows;

    private final BatchedRows accountRows;

    private final BatchedRows contactRows;

    private final BatchedRows accountContactRows;

    private final BatchedRows addressRows;

    private final BatchedRows addressLinkRows;

    private final BatchedRows caseRows;

    private final BatchedRows callRows;

    private final BatchedRows callContactRows;

    private final BatchedRows meetingRows;

    private final BatchedRows meetingContactRows;

    private final BatchedRows emailRows;

    private final BatchedRows emailTextRows;

    private final BatchedRows noteRows;

    private final Map<String, String> addressIds = new HashMap<>();

    private int caseNumber = 1000;

    private int orderNumber = 10000;

    SuiteCrmWriter(Plan plan, Connection connection, Random rows) throws SQLException {
        this.plan = plan;
        this.now = plan.now;
        this.rows = rows;
        accountRows = new BatchedRows(connection, "INSERT INTO accounts (id, name, date_entered, date_modified,"
                + " modified_user_id, created_by, deleted, assigned_user_id, account_type, industry, phone_office,"
                + " phone_alternate, website, billing_address_city, billing_address_country)"
                + " VALUES (?, ?, ?, ?, '1', '1', 0, '1', 'Customer', ?, ?, ?, ?, ?, 'United Kingdom')");
        contactRows = new BatchedRows(connection, "INSERT INTO contacts (id, date_entered, date_modified,"
                + " modified_user_id, created_by, deleted, assigned_user_id, salutation, first_name, last_name,"
                + " phone_home, phone_mobile, phone_work, primary_address_city, primary_address_postalcode,"
                + " primary_address_country, lead_source) VALUES (?, ?, ?, '1', '1', ?, '1', ?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'United Kingdom', ?)");
        accountContactRows = new BatchedRows(connection, "INSERT INTO accounts_contacts (id, contact_id, account_id,"
                + " date_modified, deleted) VALUES (?, ?, ?, ?, 0)");
        addressRows = new BatchedRows(connection, "INSERT INTO email_addresses (id, email_address, email_address_caps,"
                + " invalid_email, opt_out, date_created, date_modified, deleted) VALUES (?, ?, ?, 0, 0, ?, ?, 0)");
        addressLinkRows = new BatchedRows(connection, "INSERT INTO email_addr_bean_rel (id, email_address_id, bean_id,"
                + " bean_module, primary_address, reply_to_address, date_created, date_modified, deleted)"
                + " VALUES (?, ?, ?, ?, 1, 0, ?, ?, 0)");
        caseRows = new BatchedRows(connection, "INSERT INTO cases (id, name, date_entered, date_modified,"
                + " modified_user_id, created_by, description, deleted, assigned_user_id, case_number, type, status,"
                + " priority, resolution, account_id, state) VALUES (?, ?, ?, ?, '1', '1', ?, 0, '1', ?, ?, ?, ?, ?, ?,"
                + " ?)");
        callRows = new BatchedRows(connection, "INSERT INTO calls (id, name, date_entered, date_modified,"
                + " modified_user_id, created_by, description, deleted, assigned_user_id, duration_hours,"
                + " duration_minutes, date_start, date_end, parent_type, status, direction, parent_id)"
                + " VALUES (?, ?, ?, ?, '1', '1', ?, ?, '1', ?, ?, ?, ?, 'Contacts', ?, ?, ?)");
        callContactRows = new BatchedRows(connection, "INSERT INTO calls_contacts (id, call_id, contact_id, required,"
                + " accept_status, date_modified, deleted) VALUES (?, ?, ?, '1', 'none', ?, 0)");
        meetingRows = new BatchedRows(connection, "INSERT INTO meetings (id, name, date_entered, date_modified,"
                + " modified_user_id, created_by, description, deleted, assigned_user_id, location, duration_hours,"
                + " duration_minutes, date_start, date_end, parent_type, status, type, parent_id)"
                + " VALUES (?, ?, ?, ?, '1', '1', ?, 0, '1', ?, ?, ?, ?, ?, 'Contacts', ?, 'Sugar', ?)");
        meetingContactRows = new BatchedRows(connection, "INSERT INTO meetings_contacts (id, meeting_id, contact_id,"
                + " required, accept_status, date_modified, deleted) VALUES (?, ?, ?, '1', 'accept', ?, 0)");
        emailRows = new BatchedRows(connection, "INSERT INTO emails (id, name, date_entered, date_modified,"
                + " modified_user_id, created_by, deleted, assigned_user_id, date_sent_received, message_id, type,"
                + " status, intent, parent_type, parent_id) VALUES (?, ?, ?, ?, '1', '1', 0, '1', ?, ?, ?, ?, 'pick',"
                + " ?, ?)");
        emailTextRows = new BatchedRows(connection, "INSERT INTO emails_text (email_id, from_addr, to_addrs,"
                + " description, description_html, deleted) VALUES (?, ?, ?, ?, ?, 0)");
        noteRows = new BatchedRows(connection, "INSERT INTO notes (id, assigned_user_id, date_entered, date_modified,"
                + " modified_user_id, created_by, name, parent_type, parent_id, contact_id, portal_flag, embed_flag,"
                + " description, deleted) VALUES (?, '1', ?, ?, '1', '1', ?, ?, ?, ?, 0, 0, ?, 0)");
    }

    void write() throws SQLException {
        for (Account account : plan.accounts) {
            account(account);
        }
        for (Contact contact : plan.contacts) {
            contact(contact);
        }
    }

    static String noDateCallId(Contact contact) {
        return "0000dead-ca11-4000-8000-" + contact.id.substring(24);
    }

    static String brokenNoteId(Contact contact) {
        return "0000dead-4073-4000-8000-" + contact.id.substring(24);
    }

    static String oversizedCaseId(Account account) {
        return "0000dead-ca5e-4000-8000-" + account.id.substring(24);
    }

    private void account(Account account) throws SQLException {
        accountRows.add(account.id, account.name, account.entered, account.modified,
                pick("Retail", "Hospitality", "Real Estate", "Healthcare", "Education"), account.office,
                account.alternate, account.email == null ? null
                        : "https://www." + account.email.substring(account.email.indexOf('@') + 1),
                pick("Manchester", "Leeds", "London", "Bristol", "Glasgow"));
        if (account.email != null) {
            emailAddress(account.id, "Accounts", account.email, account.entered);
        }
        if (account.showcase) {
            showcaseCases(account);
        } else {
            for (int n = 0; n < account.cases; n++) {
                caseRow(uuid(), account, null, at(), false);
            }
        }
        if (account.oversizedCase) {
            caseRow(oversizedCaseId(account), account, null, at(), true);
        }
        // A note filed to the account: not about a contact, so the preset leaves it out.
        LocalDateTime at = at();
        noteRows.add(uuid(), at, modified(at), "Account review", "Accounts", account.id, null,
                "Quarterly review of the trade account.");
    }

    /** The damaged sofa, closed with a replacement cushion, and the replacement's open case of three days ago. */
    private void showcaseCases(Account household) throws SQLException {
        caseRow(uuid(), household, new String[] { "Product", "Sofa arrived damaged", "Closed_Closed", "P2" },
                now.minusDays(40).withHour(19).withMinute(20).withSecond(0), false);
        caseRow(uuid(), household, new String[] { "Product", "Replacement cushion arrived in the wrong colour",
            "Open_Assigned", "P1" }, now.minusDays(3).withHour(10).withMinute(45).withSecond(0), false);
    }

    /** A case; {@code fixed} is type, name, status and priority, or {@code null} for random ones. */
    private void caseRow(String id, Account account, String[] fixed, LocalDateTime opened, boolean oversized)
            throws SQLException {
        String[][] kinds = { { "Product", "Sofa arrived damaged" }, { "Product", "Wobbly table leg" },
            { "Product", "Missing fixings for wardrobe" }, { "Product", "Faulty lamp switch" },
            { "User", "Cannot log in to account" }, { "User", "Wishlist not saving" },
            { "Administration", "Refund not received" }, { "Administration", "Invoice address wrong" },
            { "Administration", "Charged twice" } };
        String[] kind = fixed != null ? fixed : kinds[rows.nextInt(kinds.length)];
        String status = fixed != null ? fixed[2] : pick("Open_New", "Open_Assigned", "Open_Pending Input",
                "Closed_Closed", "Closed_Closed", "Closed_Rejected", "Closed_Duplicate");
        String priority = fixed != null ? fixed[3] : pick("P1", "P2", "P2", "P3");
        String description = oversized
                ? "Customer forwarded the whole e-mail thread with the courier. ".repeat(90)
                : "Reported by " + account.name + ": " + kind[1].toLowerCase(Locale.ROOT) + ".";
        LocalDateTime changed = fixed != null ? opened.plusHours(2) : modified(opened);
        caseRows.add(id, kind[1], opened, changed.isAfter(now) ? now : changed, description, caseNumber++, kind[0],
                status, priority, status.startsWith("Closed") ? "Resolved with the customer." : null, account.id,
                status.startsWith("Closed") ? "Closed" : "Open");
    }

    private void contact(Contact contact) throws SQLException {
        contactRows.add(contact.id, contact.entered, contact.modified, contact.deleted ? 1 : 0, contact.salutation,
                contact.first, contact.last, contact.home, contact.mobile, contact.work,
                pick("London", "Croydon", "Guildford", "Leeds", "Manchester", "Bristol"),
                pick("CR0 1NX", "GU1 3DX", "LS1 4HR", "M1 1AE", "BS1 5TR", "SE1 7PB"),
                pick("Web Site", "Direct Mail", "Existing Customer", "Word of mouth", null));
        if (contact.email != null) {
            emailAddress(contact.id, "Contacts", contact.email, contact.entered);
        }
        if (contact.accountId != null) {
            accountContactRows.add(uuid(), contact.id, contact.accountId, contact.entered);
        }
        boolean showcase = contact.showcase;
        if (showcase) {
            showcaseInteractions(contact);
        }
        for (int n = 0; n < contact.calls - (showcase ? SHOWCASE_CALLS : 0); n++) {
            call(uuid(), contact, at(), false, null, null);
        }
        for (int n = 0; n < contact.deletedCalls; n++) {
            call(uuid(), contact, at(), true, null, null);
        }
        if (contact.noDateCall) {
            call(noDateCallId(contact), contact, null, false, "Imported call without date", null);
        }
        for (int n = 0; n < contact.meetings - (showcase ? SHOWCASE_MEETINGS : 0); n++) {
            meeting(contact, at(), null, null);
        }
        for (int n = 0; n < contact.emails - (showcase ? SHOWCASE_EMAILS : 0); n++) {
            email(contact, at(), null, null);
        }
        for (int n = 0; n < contact.notes; n++) {
            note(uuid(), contact, at(), null);
        }
        if (contact.brokenNote) {
            note(brokenNoteId(contact), contact, at(), "Caf\uFFFD table: customer wants the oak finish");
        }
        if (rows.nextInt(40) == 0) {
            // A draft: not an interaction yet, left out by the preset.
            emailRows.add(uuid(), "Draft: your quote", now, now, null, null, "draft", "draft", "Contacts", contact.id);
        }
    }

    /**
     * Sofia's story in the CRM: a showroom visit, the order confirmation, the call about her damaged sofa, and in
     * the last days a follow-up call and her reply about the replacement cushion.
     */
    private void showcaseInteractions(Contact contact) throws SQLException {
        meeting(contact, now.minusDays(75).withHour(11).withMinute(0).withSecond(0), "Sofa viewing",
                "Croydon showroom");
        email(contact, now.minusDays(60).withHour(21).withMinute(30).withSecond(0), "Your order confirmation LH-10023",
                "out");
        call(uuid(), contact, now.minusDays(40).withHour(19).withMinute(5).withSecond(0), false, "Sofa arrived damaged",
                "Inbound");
        call(uuid(), contact, now.minusDays(2).withHour(9).withMinute(30).withSecond(0), false,
                "Follow-up on damage claim", "Outbound");
        email(contact, now.minusDays(1).withHour(8).withMinute(15).withSecond(0),
                "Re: Your replacement cushion - still the wrong colour", "inbound");
    }

    private void emailAddress(String beanId, String module, String address, LocalDateTime at) throws SQLException {
        String caps = address.strip().toUpperCase(Locale.ROOT);
        String id = addressIds.get(caps);
        if (id == null) {
            id = uuid();
            addressIds.put(caps, id);
            addressRows.add(id, address, caps, at, at);
        }
        addressLinkRows.add(uuid(), id, beanId, module, at, at);
    }

    private void call(String id, Contact contact, LocalDateTime start, boolean deleted, String subject,
            String fixedDirection) throws SQLException {
        boolean inbound = fixedDirection != null ? fixedDirection.equals("Inbound") : rows.nextInt(3) > 0;
        String name = subject != null ? subject
                : inbound ? pick("Sofa arrived damaged", "Where is my order?", "Order by phone: dining chairs",
                        "Change delivery slot", "Scratched table top", "Return a rug", "Payment declined",
                        "Order by phone: bunk bed")
                        : pick("Follow-up on damage claim", "Delivery slot confirmation", "Callback about samples",
                                "Courtesy call after delivery");
        int minutes = 2 + rows.nextInt(25);
        LocalDateTime entered = start != null ? start : now.minusDays(rows.nextInt(700));
        LocalDateTime modified = modified(entered);
        callRows.add(id, name, entered, modified, "Customer " + (inbound ? "called" : "was called") + " about: "
                + name.toLowerCase(Locale.ROOT) + ".", deleted ? 1 : 0, 0, minutes, start,
                start == null ? null : start.plusMinutes(minutes), start == null ? "Planned"
                        : fixedDirection != null ? "Held" : pick("Held", "Held", "Held", "Not Held"),
                inbound ? "Inbound" : "Outbound", contact.id);
        callContactRows.add(uuid(), id, contact.id, modified);
    }

    private void meeting(Contact contact, LocalDateTime start, String subject, String location) throws SQLException {
        String[][] meetings = { { "Sofa viewing", "Croydon showroom" }, { "Fabric consultation", "Guildford showroom" },
            { "Collect replacement chair", "Leeds showroom" }, { "Assembly visit", "Customer's home" },
            { "Measure-up visit", "Customer's home" }, { "Video consultation", "Video call" } };
        String[] meeting = subject != null ? new String[] { subject, location }
                : meetings[rows.nextInt(meetings.length)];
        String id = uuid();
        LocalDateTime modified = modified(start);
        meetingRows.add(id, meeting[0], start.minusDays(3), modified, "Booked with " + nonNull(contact.first) + ".",
                meeting[1], 1, 0, start, start.plusHours(1), pick("Held", "Held", "Not Held"), contact.id);
        meetingContactRows.add(uuid(), id, contact.id, modified);
    }

    private void email(Contact contact, LocalDateTime sent, String subject, String fixedType) throws SQLException {
        int order = orderNumber++;
        String type = fixedType != null ? fixedType : pick("out", "out", "inbound", "inbound", "archived");
        String name = subject != null ? subject : switch (type) {
            case "out" -> pick("Your order confirmation LH-" + order, "Your returns label for order LH-" + order,
                    "Your refund for order LH-" + order, "Your delivery slot for order LH-" + order,
                    "Thank you for visiting our showroom");
            case "inbound" -> pick("Re: Your delivery slot", "Question about my order LH-" + order,
                    "Damaged item", "Fabric samples please");
            default -> "Fwd: invoice copy LH-" + order;
        };
        String id = uuid();
        emailRows.add(id, name, sent, modified(sent), sent, "<" + id + "@larkspurhome.example>", type,
                switch (type) {
                    case "out" -> "sent";
                    case "inbound" -> pick("read", "replied", "unread");
                    default -> "archived";
                }, "Contacts", contact.id);
        String customer = contact.email == null ? "unknown@example.invalid" : contact.email;
        boolean outbound = !type.equals("inbound");
        String body = "Dear " + (contact.first == null ? "customer" : contact.first) + ",\n\n" + name
                + ".\n\nKind regards,\nLarkspur Home";
        emailTextRows.add(id, outbound ? "service@larkspurhome.example" : customer,
                outbound ? customer : "service@larkspurhome.example", body, "<p>" + body.replace("\n", "<br>")
                        + "</p>");
    }

    private void note(String id, Contact contact, LocalDateTime at, String subject) throws SQLException {
        String name = subject != null ? subject : pick("Store visit: chose fabric", "Called back about delivery slot",
                "Prefers SMS updates", "Showroom visit with partner", "Discount agreed for scratched item");
        boolean byContactId = rows.nextInt(10) < 7;
        noteRows.add(id, at, modified(at), name, byContactId ? null : "Contacts", byContactId ? null : contact.id,
                byContactId ? contact.id : null, name + ".");
    }

    private LocalDateTime at() {
        return now.minusDays(1 + rows.nextInt(729)).withHour(8 + rows.nextInt(12)).withMinute(rows.nextInt(60))
                .withSecond(rows.nextInt(60));
    }

    private LocalDateTime modified(LocalDateTime at) {
        LocalDateTime modified = at.plusMinutes(rows.nextInt(3 * 24 * 60));
        return modified.isAfter(now) ? now : modified;
    }

    private String pick(String... values) {
        return values[rows.nextInt(values.length)];
    }

    private String uuid() {
        return Spellings.uuid(rows);
    }

    /** Executes what is still batched. */
    void flush() throws SQLException {
        for (BatchedRows batch : batches()) {
            batch.flush();
        }
    }

    private List<BatchedRows> batches() {
        return List.of(accountRows, contactRows, accountContactRows, addressRows, addressLinkRows, caseRows, callRows,
                callContactRows, meetingRows, meetingContactRows, emailRows, emailTextRows, noteRows);
    }

    @Override
    public void close() throws SQLException {
        for (BatchedRows batch : batches()) {
            batch.close();
        }
    }
}
