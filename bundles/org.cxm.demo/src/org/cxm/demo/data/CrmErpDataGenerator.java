package org.cxm.demo.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxm.demo.data.Plan.Account;
import org.cxm.demo.data.Plan.Contact;
import org.cxm.demo.data.Plan.Partner;
import org.cxm.demo.data.Plan.Prospect;

/**
 * Fills a SuiteCRM-shaped database and an Odoo-shaped database ({@link SourceSchemas}) with the customers and
 * interactions of one online shop, as the real products store them, and says what it generated so that tests
 * can check what identity resolution and the sync make of it.
 *
 * <p>The data is what real systems hold: the same people in both systems under different ids and with partly
 * different identifiers (the same mobile number written another way but another e-mail address, or the same
 * e-mail address in other case and with blanks), duplicates within a system, dirty values (invalid e-mail
 * addresses, phone numbers with spaces, brackets and national prefix, placeholders such as
 * {@value #NOREPLY_EMAIL}, {@value #TEST_EMAIL} or {@value #PLACEHOLDER_PHONE} shared by different people,
 * empty names, soft-deleted and archived records) and interactions spread over the two years before
 * {@link #now()}: calls, meetings, e-mails, cases and notes in SuiteCRM; leads, sales orders, invoices (some
 * unpaid and overdue), chatter messages and live chats in Odoo. One person, {@link #showcase()}, has a
 * complete story in both systems, up to the last days.
 *
 * <p>Everything follows from the seed and {@link #now()}: the same arguments give the same rows. The
 * databases are written with plain JDBC through batched prepared statements in one transaction each (10,000
 * customers take seconds); the connections are the caller's. SuiteCRM goes to MariaDB, MySQL or H2 in MySQL
 * mode; Odoo to PostgreSQL or H2 in PostgreSQL mode.
 */
public final class CrmErpDataGenerator {

    /** The name of the SuiteCRM data source in the preset, which the history uses as source system. */
    public static final String SUITECRM = "SuiteCRM";

    /** The name of the Odoo data source in the preset. */
    public static final String ODOO = "Odoo";

    /** A placeholder address several different people have (an import default). */
    public static final String NOREPLY_EMAIL = "noreply@example.com";

    /** An address typed in to get past a required field, by several people in both systems. */
    public static final String TEST_EMAIL = "test@test.com";

    /** A placeholder phone number several different people have in both systems. */
    public static final String PLACEHOLDER_PHONE = "0000000000";

    /** {@link #PLACEHOLDER_PHONE} normalised with the default region GB, as identity resolution stores it. */
    public static final String PLACEHOLDER_PHONE_E164 = "+44000000000";

    /** The real person and company behind every record; also the identifier of a {@link Party}. */
    public record Party(int index, boolean company, String name) {
    }

    /** What becomes of a customer record in a sync. */
    public enum Fate {
        /** Synced, and takes part in identity resolution. */
        LIVE,
        /** Rejected into the dead letters (an invalid e-mail address). */
        DEAD_LETTER,
        /** Soft-deleted (SuiteCRM deleted = 1) or archived (Odoo active = false) before the first sync. */
        DELETED
    }

    /**
     * A customer record as the history knows it once synced.
     *
     * @param system the source system, {@link #SUITECRM} or {@link #ODOO}
     * @param sourceId the history's id of the source customer: record source and key, such as
     *        {@code contacts:<uuid>} or {@code res_partner:42}, or {@code email:<address>} for the customer
     *        an Odoo lead without partner stands for
     * @param party the {@link Party#index()} of the real person or company
     */
    public record CustomerRecord(String system, String sourceId, int party, Fate fate) {
    }

    /** How the same person or company is recognisable in both systems. */
    public enum Overlap {
        /** The same e-mail address, character for character. */
        SAME_EMAIL,
        /** The same e-mail address in other case and with blanks around it. */
        EMAIL_CASE_AND_BLANKS,
        /** Another e-mail address, but the same mobile (or office) number written another way. */
        SAME_PHONE_OTHER_EMAIL,
        /** Only in SuiteCRM as a customer; in Odoo only the e-mail address of a lead without partner. */
        LEAD_EMAIL
    }

    /** One party in both systems: a SuiteCRM and an Odoo source id that must end up as one customer. */
    public record SameParty(int party, String suiteCrmId, String odooId, Overlap overlap) {
    }

    /** A record the sync must reject into the dead letters, with the start of the reason it must give. */
    public record DeadLetter(String system, String recordSource, String key, String reason) {
    }

    /**
     * The person tests and the demo follow through both systems: Sofia Martins, the online shop's persona. In
     * SuiteCRM she is a contact (and her household an account with her cases); in Odoo a partner with another
     * e-mail address. Only her mobile number, written differently, tells that they are the same person.
     */
    public record Showcase(int party, String name, String suiteCrmContactId, int odooPartnerId, String suiteCrmEmail,
            String odooEmail, String mobileE164) {

        public String suiteCrmSourceId() {
            return "contacts:" + suiteCrmContactId;
        }

        public String odooSourceId() {
            return "res_partner:" + odooPartnerId;
        }
    }

    private static final List<String> ODOO_SOURCES = List.of("crm_lead", "sale_order", "account_move",
            "mail_message_email", "discuss_channel_livechat", "mail_message_note");

    private static final List<String> ODOO_TABLES = List.of("res_currency", "res_partner", "crm_stage", "crm_lead",
            "sale_order", "account_move", "discuss_channel", "discuss_channel_member", "mail_message");

    private final Plan plan;

    /** Odoo counts, known once written: kept to tell tests what the record sources read. */
    private final Map<String, Integer> odooReads = new HashMap<>();

    private int overdueInvoices = -1;

    private int invalidLeadId = -1;

    /**
     * Plans the data; nothing is written until {@link #fillSuiteCrm(Connection)} and {@link #fillOdoo(Connection)}.
     *
     * @param customers the number of ordinary people; about a tenth as many companies and a fixed set of
     *        dirty and placeholder records come on top
     * @param interactionsPerCustomer the interactions each customer record has in its system, on average
     * @param now the moment the data is as of: every date lies in the two years before it (or in the year
     *        after it, for due dates), every last-modified time at or before it
     */
    public CrmErpDataGenerator(long seed, int customers, int interactionsPerCustomer, LocalDateTime now) {
        if (customers < 1 || interactionsPerCustomer < 1) {
            throw new IllegalArgumentException("Give at least 1 customer and 1 interaction per customer");
        }
        this.plan = new CustomerPlanner(seed, customers, interactionsPerCustomer, now.truncatedTo(ChronoUnit.SECONDS))
                .plan();
    }

    /** Data as of the current time (UTC, whole seconds). */
    public CrmErpDataGenerator(long seed, int customers, int interactionsPerCustomer) {
        this(seed, customers, interactionsPerCustomer, LocalDateTime.now(ZoneOffset.UTC));
    }

    // ---------------------------------------------------------------- what was generated

    /** The moment the data is as of; no last-modified time is later. */
    public LocalDateTime now() {
        return plan.now;
    }

    /** Every real person and company, whether or not any of its records survives a sync. */
    public List<Party> parties() {
        return List.copyOf(plan.parties);
    }

    /** The number of distinct real people (not companies) generated. */
    public int people() {
        return (int) plan.parties.stream().filter(p -> !p.company()).count();
    }

    /** The number of distinct companies generated. */
    public int companies() {
        return (int) plan.parties.stream().filter(Party::company).count();
    }

    /** Every customer record of both systems, including those the sync rejects or finds deleted. */
    public List<CustomerRecord> customerRecords() {
        List<CustomerRecord> records = new ArrayList<>();
        for (Account account : plan.accounts) {
            records.add(new CustomerRecord(SUITECRM, "accounts:" + account.id, account.party, Fate.LIVE));
        }
        for (Contact contact : plan.contacts) {
            records.add(new CustomerRecord(SUITECRM, "contacts:" + contact.id, contact.party, contact.fate));
        }
        for (Partner partner : plan.partners) {
            if (partner.share) {
                records.add(new CustomerRecord(ODOO, "res_partner:" + partner.id, partner.party, partner.fate));
            }
        }
        Set<String> implicit = new LinkedHashSet<>();
        for (Prospect prospect : plan.prospects) {
            String email = prospect.email.strip().toLowerCase(Locale.ROOT);
            if (!prospect.invalid && implicit.add(email)) {
                records.add(new CustomerRecord(ODOO, "email:" + email, prospect.party, Fate.LIVE));
            }
        }
        return records;
    }

    /**
     * The customers the history must have after syncing {@code systems}: one per real person or company with
     * at least one live record there (records rejected or deleted before the sync make no customer of their
     * own that counts; count customers that have a live source customer).
     */
    public long expectedCustomers(Collection<String> systems) {
        return liveRecords(systems).stream().map(CustomerRecord::party).distinct().count();
    }

    /**
     * The merges identity resolution must journal when {@code systems} are synced into an empty history:
     * every live source customer starts as a customer of its own, and each merge joins two of them.
     */
    public long expectedMerges(Collection<String> systems) {
        return liveRecords(systems).size() - expectedCustomers(systems);
    }

    /** The parties with live records in both systems, one pair of source ids each. */
    public List<SameParty> sameAcrossSystems() {
        return List.copyOf(plan.sameParties);
    }

    /** Groups of live source ids of one system that stand for the same party: duplicates within the system. */
    public List<List<String>> duplicatesWithin(String system) {
        Map<Integer, List<String>> byParty = new LinkedHashMap<>();
        for (CustomerRecord record : liveRecords(List.of(system))) {
            byParty.computeIfAbsent(record.party(), p -> new ArrayList<>()).add(record.sourceId());
        }
        return byParty.values().stream().filter(ids -> ids.size() > 1).map(List::copyOf).toList();
    }

    /**
     * The live customer records that carry a shared placeholder: {@link #NOREPLY_EMAIL}, {@link #TEST_EMAIL}
     * or {@link #PLACEHOLDER_PHONE}. Each belongs to another party, so none of them may be merged.
     */
    public List<CustomerRecord> sharing(String placeholder) {
        return List.copyOf(plan.placeholders.getOrDefault(placeholder, List.of()));
    }

    /** The person tests and the demo follow through both systems. */
    public Showcase showcase() {
        return plan.showcase;
    }

    /** The records the sync of {@code system} must reject, with the start of each reason. */
    public List<DeadLetter> expectedDeadLetters(String system) {
        List<DeadLetter> letters = new ArrayList<>();
        if (SUITECRM.equals(system)) {
            for (Contact contact : plan.contacts) {
                if (contact.fate == Fate.DEAD_LETTER) {
                    letters.add(new DeadLetter(SUITECRM, "contacts", contact.id,
                            "invalid e-mail address \"" + contact.email + "\""));
                }
                if (contact.noDateCall) {
                    letters.add(new DeadLetter(SUITECRM, "calls", SuiteCrmWriter.noDateCallId(contact) + "|"
                            + contact.id, "no date"));
                }
                if (contact.brokenNote) {
                    letters.add(new DeadLetter(SUITECRM, "notes", SuiteCrmWriter.brokenNoteId(contact),
                            "broken encoding in column name"));
                }
            }
            for (Account account : plan.accounts) {
                if (account.oversizedCase) {
                    letters.add(new DeadLetter(SUITECRM, "cases", SuiteCrmWriter.oversizedCaseId(account),
                            "oversized text in column description"));
                }
            }
        } else {
            for (Partner partner : plan.partners) {
                if (partner.fate == Fate.DEAD_LETTER) {
                    letters.add(new DeadLetter(ODOO, "res_partner", String.valueOf(partner.id),
                            "invalid e-mail address \"" + partner.email + "\""));
                }
            }
            requireOdooWritten();
            letters.add(new DeadLetter(ODOO, "crm_lead", String.valueOf(invalidLeadId), "invalid e-mail address"));
        }
        return letters;
    }

    /**
     * How many rows each record source of the preset of {@code system} reads in a full sync, by record
     * source name, including rejected and deleted ones (Odoo: known once {@link #fillOdoo} ran).
     */
    public Map<String, Integer> expectedReads(String system) {
        Map<String, Integer> reads = new LinkedHashMap<>();
        if (SUITECRM.equals(system)) {
            reads.put("accounts", plan.accounts.size());
            reads.put("contacts", plan.contacts.size());
            reads.put("cases", plan.accounts.stream().mapToInt(a -> a.cases + (a.oversizedCase ? 1 : 0)).sum());
            reads.put("calls", plan.contacts.stream()
                    .mapToInt(c -> c.calls + c.deletedCalls + (c.noDateCall ? 1 : 0)).sum());
            reads.put("meetings", plan.contacts.stream().mapToInt(c -> c.meetings).sum());
            reads.put("emails", plan.contacts.stream().mapToInt(c -> c.emails).sum());
            reads.put("notes", plan.contacts.stream().mapToInt(c -> c.notes + (c.brokenNote ? 1 : 0)).sum());
        } else {
            requireOdooWritten();
            reads.put("res_partner", (int) plan.partners.stream().filter(p -> p.share).count());
            for (String source : ODOO_SOURCES) {
                reads.put(source, odooReads.get(source));
            }
        }
        return reads;
    }

    /** The rows of {@code system} that are soft-deleted (or archived) before the first sync. */
    public int expectedDeleted(String system) {
        if (SUITECRM.equals(system)) {
            return (int) plan.contacts.stream().filter(c -> c.deleted).count()
                    + plan.contacts.stream().mapToInt(c -> c.deletedCalls).sum();
        }
        return (int) plan.partners.stream().filter(p -> p.share && !p.active).count();
    }

    /** Posted customer invoices still (partly) unpaid after their due date. */
    public int overdueInvoices() {
        requireOdooWritten();
        return overdueInvoices;
    }

    private List<CustomerRecord> liveRecords(Collection<String> systems) {
        return customerRecords().stream().filter(r -> r.fate() == Fate.LIVE && systems.contains(r.system()))
                .toList();
    }

    private void requireOdooWritten() {
        if (odooReads.isEmpty()) {
            throw new IllegalStateException("The Odoo counts are known once fillOdoo has run");
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes the SuiteCRM records into the empty tables of {@link SourceSchemas#createSuiteCrm(Connection)}
     * through {@code connection} (MariaDB, MySQL or H2 in MySQL mode), in one transaction.
     */
    public void fillSuiteCrm(Connection connection) throws SQLException {
        Random rows = new Random(plan.seed * 31 + 1);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (SuiteCrmWriter writer = new SuiteCrmWriter(plan, connection, rows)) {
            writer.write();
            writer.flush();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Writes the Odoo records into the empty tables of {@link SourceSchemas#createOdoo(Connection)} through
     * {@code connection} (PostgreSQL or H2 in PostgreSQL mode), in one transaction, and moves the id sequences
     * past the ids written, so that rows inserted later get new ids.
     */
    public void fillOdoo(Connection connection) throws SQLException {
        Random rows = new Random(plan.seed * 31 + 2);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (OdooWriter writer = new OdooWriter(plan, connection, rows)) {
            writer.write();
            writer.flush();
            moveSequencesPastIds(connection);
            connection.commit();
            odooReads.clear();
            odooReads.putAll(writer.reads);
            overdueInvoices = writer.overdue;
            invalidLeadId = writer.invalidLead;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Serial (identity) columns do not see explicit ids: restart each past the largest id written. */
    private static void moveSequencesPastIds(Connection connection) throws SQLException {
        boolean h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            for (String table : ODOO_TABLES) {
                if (!h2) {
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                            + " COALESCE((SELECT MAX(id) FROM " + table + "), 0) + 1, false)");
                    continue;
                }
                long next;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    @Override
    public String toString() {
        Map<String, Long> byFate = customerRecords().stream()
                .collect(Collectors.groupingBy(r -> r.system() + " " + r.fate(), LinkedHashMap::new,
                        Collectors.counting()));
        return "CrmErpDataGenerator[seed " + plan.seed + ", " + people() + " people, " + companies() + " companies, "
                + byFate + "]";
    }
}
