package org.cxm.tests.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
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
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fills a SuiteCRM-shaped database (MariaDB, {@code resources/suitecrm/schema-mariadb.sql} of the sync tests)
 * and an Odoo-shaped database (PostgreSQL, {@code resources/odoo/schema-postgresql.sql}) with the customers
 * and interactions of one online shop, as the real products store them, and says what it generated so that
 * tests can check what identity resolution and the sync make of it.
 *
 * <p>The data is what real systems hold: the same people in both systems under different ids and with partly
 * different identifiers (the same mobile number written another way but another e-mail address, or the same
 * e-mail address in other case and with blanks), duplicates within a system, dirty values (invalid e-mail
 * addresses, phone numbers with spaces, brackets and national prefix, placeholders such as
 * {@value #NOREPLY_EMAIL}, {@value #TEST_EMAIL} or {@value #PLACEHOLDER_PHONE} shared by different people,
 * empty names, soft-deleted and archived records) and interactions spread over the two years before
 * {@link #now()}: calls, meetings, e-mails, cases and notes in SuiteCRM; leads, sales orders, invoices (some
 * unpaid and overdue) and chatter messages in Odoo.
 *
 * <p>Everything follows from the seed and {@link #now()}: the same arguments give the same rows. The
 * databases are written with plain JDBC through batched prepared statements in one transaction each (10,000
 * customers take seconds); the connections are the caller's. SQL is standard except where marked: the
 * SuiteCRM writer targets MariaDB/MySQL, the Odoo writer PostgreSQL ({@code ::jsonb} for translated names,
 * {@code setval} to move the id sequences past the ids written).
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

    /** The person tests follow through both systems: Sofia Martins, the online shop's persona. */
    public record Showcase(int party, String name, String suiteCrmContactId, int odooPartnerId, String suiteCrmEmail,
            String odooEmail, String mobileE164) {

        public String suiteCrmSourceId() {
            return "contacts:" + suiteCrmContactId;
        }

        public String odooSourceId() {
            return "res_partner:" + odooPartnerId;
        }
    }

    // ---- the plan: every customer record and how many interactions of each kind it has ----

    private static final class Contact {
        String id;
        int party;
        String salutation;
        String first;
        String last;
        String email;
        String mobile;
        String work;
        String home;
        String accountId;
        boolean deleted;
        Fate fate = Fate.LIVE;
        int calls;
        int meetings;
        int emails;
        int notes;
        int deletedCalls;
        boolean noDateCall;
        boolean brokenNote;
        boolean showcase;
        LocalDateTime entered;
        LocalDateTime modified;
    }

    private static final class Account {
        String id;
        int party;
        String name;
        String email;
        String office;
        String alternate;
        int cases;
        boolean oversizedCase;
        LocalDateTime entered;
        LocalDateTime modified;
    }

    private static final class Partner {
        int id;
        int party;
        String name;
        boolean company;
        Integer parentId;
        String commercialName;
        String email;
        String phone;
        String mobile;
        String vat;
        boolean active = true;
        boolean share = true;
        Fate fate = Fate.LIVE;
        int orders;
        int invoices;
        int emails;
        int comments;
        int leads;
        boolean showcase;
        LocalDateTime created;
        LocalDateTime written;
    }

    /** Leads without partner: only the e-mail address they came from says whose they are. */
    private static final class Prospect {
        int party;
        String name;
        String email;
        int leads;
        boolean invalid;
    }

    private static final String[] FIRST = { "Sofia", "Jamal", "Margaret", "Oliver", "Amelia", "Noah", "Isla", "Leo",
        "Ava", "Arthur", "Mia", "Muhammad", "Freya", "George", "Aisha", "Harry", "Grace", "Oscar", "Priya", "Jack",
        "Chloe", "Ethan", "Zara", "Liam", "Emily", "Ravi", "Hannah", "Tomasz", "Ellie", "Kwame", "Lucy", "Daniel",
        "Mei", "Samuel", "Ines", "Callum", "Nadia", "Owen", "Siobhan", "Ibrahim" };

    private static final String[] LAST = { "Martins", "Reed", "Lowe", "Smith", "Jones", "Taylor", "Brown", "Williams",
        "Wilson", "Patel", "Khan", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White",
        "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Okafor",
        "Nowak", "Ahmed", "Kaur", "O'Brien", "Murphy", "Campbell", "Kelly", "Chen", "Ali", "Begum" };

    private static final String[] COMPANY_WORDS = { "Oakridge", "Harbour", "Fenwick", "Blue Fern", "Kingsmead",
        "Marlow", "Ashdown", "Larchfield", "Northgate", "Riverside", "Copperleaf", "Elmstead", "Brightwell",
        "Thornbury", "Millbrook" };

    private static final String[] COMPANY_KINDS = { "Interiors Ltd", "Hotels plc", "Lettings", "Dental Practice",
        "Architects LLP", "Cafe Co", "Student Homes Ltd", "Offices Ltd" };

    private static final String[] DOMAINS = { "example.com", "example.net", "example.org", "mail.example.com",
        "post.example.net" };

    private static final int BATCH = 1000;

    private static final int STAFF_PARTNERS = 4;

    private final long seed;

    private final int customers;

    private final int interactionsPerCustomer;

    private final LocalDateTime now;

    private final List<Party> parties = new ArrayList<>();

    private final List<Contact> contacts = new ArrayList<>();

    private final List<Account> accounts = new ArrayList<>();

    private final List<Partner> partners = new ArrayList<>();

    private final List<Prospect> prospects = new ArrayList<>();

    private final List<SameParty> sameParties = new ArrayList<>();

    private final Map<String, List<CustomerRecord>> placeholders = new LinkedHashMap<>();

    private final Random random;

    private Showcase showcase;

    private int nextPartnerId = 1;

    /** The Odoo company partners people can work for, known once the companies are planned. */
    private List<Partner> companyPartners = List.of();

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
        this.seed = seed;
        this.customers = customers;
        this.interactionsPerCustomer = interactionsPerCustomer;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
        this.random = new Random(seed);
        plan();
    }

    /** Data as of the current time (UTC, whole seconds). */
    public CrmErpDataGenerator(long seed, int customers, int interactionsPerCustomer) {
        this(seed, customers, interactionsPerCustomer, LocalDateTime.now(ZoneOffset.UTC));
    }

    // ---------------------------------------------------------------- what was generated

    /** The moment the data is as of; no last-modified time is later. */
    public LocalDateTime now() {
        return now;
    }

    /** Every real person and company, whether or not any of its records survives a sync. */
    public List<Party> parties() {
        return List.copyOf(parties);
    }

    /** The number of distinct real people (not companies) generated. */
    public int people() {
        return (int) parties.stream().filter(p -> !p.company()).count();
    }

    /** The number of distinct companies generated. */
    public int companies() {
        return (int) parties.stream().filter(Party::company).count();
    }

    /** Every customer record of both systems, including those the sync rejects or finds deleted. */
    public List<CustomerRecord> customerRecords() {
        List<CustomerRecord> records = new ArrayList<>();
        for (Account account : accounts) {
            records.add(new CustomerRecord(SUITECRM, "accounts:" + account.id, account.party, Fate.LIVE));
        }
        for (Contact contact : contacts) {
            records.add(new CustomerRecord(SUITECRM, "contacts:" + contact.id, contact.party, contact.fate));
        }
        for (Partner partner : partners) {
            if (partner.share) {
                records.add(new CustomerRecord(ODOO, "res_partner:" + partner.id, partner.party, partner.fate));
            }
        }
        Set<String> implicit = new LinkedHashSet<>();
        for (Prospect prospect : prospects) {
            if (!prospect.invalid && implicit.add(prospect.email.strip().toLowerCase(Locale.ROOT))) {
                records.add(new CustomerRecord(ODOO, "email:" + prospect.email.strip().toLowerCase(Locale.ROOT),
                        prospect.party, Fate.LIVE));
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
        return List.copyOf(sameParties);
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
        return List.copyOf(placeholders.getOrDefault(placeholder, List.of()));
    }

    /** The person tests follow through both systems. */
    public Showcase showcase() {
        return showcase;
    }

    /** The records the sync of {@code system} must reject, with the start of each reason. */
    public List<DeadLetter> expectedDeadLetters(String system) {
        List<DeadLetter> letters = new ArrayList<>();
        if (SUITECRM.equals(system)) {
            for (Contact contact : contacts) {
                if (contact.fate == Fate.DEAD_LETTER) {
                    letters.add(new DeadLetter(SUITECRM, "contacts", contact.id,
                            "invalid e-mail address \"" + contact.email + "\""));
                }
                if (contact.noDateCall) {
                    letters.add(new DeadLetter(SUITECRM, "calls", noDateCallId(contact) + "|" + contact.id,
                            "no date"));
                }
                if (contact.brokenNote) {
                    letters.add(new DeadLetter(SUITECRM, "notes", brokenNoteId(contact),
                            "broken encoding in column name"));
                }
            }
            for (Account account : accounts) {
                if (account.oversizedCase) {
                    letters.add(new DeadLetter(SUITECRM, "cases", oversizedCaseId(account),
                            "oversized text in column description"));
                }
            }
        } else {
            for (Partner partner : partners) {
                if (partner.fate == Fate.DEAD_LETTER) {
                    letters.add(new DeadLetter(ODOO, "res_partner", String.valueOf(partner.id),
                            "invalid e-mail address \"" + partner.email + "\""));
                }
            }
            requireOdooWritten();
            letters.add(new DeadLetter(ODOO, "crm_lead", String.valueOf(invalidLeadId),
                    "invalid e-mail address"));
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
            reads.put("accounts", accounts.size());
            reads.put("contacts", contacts.size());
            reads.put("cases", accounts.stream().mapToInt(a -> a.cases + (a.oversizedCase ? 1 : 0)).sum());
            reads.put("calls", contacts.stream().mapToInt(c -> c.calls + c.deletedCalls + (c.noDateCall ? 1 : 0)).sum());
            reads.put("meetings", contacts.stream().mapToInt(c -> c.meetings).sum());
            reads.put("emails", contacts.stream().mapToInt(c -> c.emails).sum());
            reads.put("notes", contacts.stream().mapToInt(c -> c.notes + (c.brokenNote ? 1 : 0)).sum());
        } else {
            requireOdooWritten();
            reads.put("res_partner", (int) partners.stream().filter(p -> p.share).count());
            for (String source : List.of("crm_lead", "sale_order", "account_move", "mail_message_email",
                    "mail_message_note")) {
                reads.put(source, odooReads.get(source));
            }
        }
        return reads;
    }

    /** The rows of {@code system} that are soft-deleted (or archived) before the first sync. */
    public int expectedDeleted(String system) {
        if (SUITECRM.equals(system)) {
            return (int) contacts.stream().filter(c -> c.deleted).count()
                    + contacts.stream().mapToInt(c -> c.deletedCalls).sum();
        }
        return (int) partners.stream().filter(p -> p.share && !p.active).count();
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

    // ---------------------------------------------------------------- planning

    private void plan() {
        planStaff();
        planCompanies();
        companyPartners = partners.stream().filter(p -> p.company && p.share).toList();
        planShowcase();
        for (int i = 1; i < customers; i++) {
            planPerson();
        }
        planSpecials();
    }

    /** Internal users' partners: the authors of outgoing messages, not customers (partner_share = false). */
    private void planStaff() {
        String[][] staff = { { "Larkspur Home Ltd", "info@larkspurhome.example" },
            { "Mitchell Admin", "admin@larkspurhome.example" }, { "Priya Shah", "priya.shah@larkspurhome.example" },
            { "Tom Hughes", "tom.hughes@larkspurhome.example" } };
        for (String[] member : staff) {
            Partner partner = new Partner();
            partner.id = nextPartnerId++;
            partner.party = -1;
            partner.name = member[0];
            partner.email = member[1];
            partner.company = partner.id == 1;
            partner.share = false;
            partner.created = now.minusYears(4);
            partner.written = now.minusYears(3);
            partners.add(partner);
        }
    }

    private void planCompanies() {
        int count = Math.max(2, customers / 10);
        for (int j = 0; j < count; j++) {
            String name = COMPANY_WORDS[j % COMPANY_WORDS.length] + " " + COMPANY_KINDS[(j / COMPANY_WORDS.length
                    + j) % COMPANY_KINDS.length] + (j >= COMPANY_WORDS.length * COMPANY_KINDS.length ? " " + j : "");
            Party party = party(true, name);
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + j;
            String email = "accounts@" + slug + ".example.com";
            String office = "1614" + String.format(Locale.ROOT, "%06d", 100000 + j); // Manchester 0161 4xx xxxx
            double where = random.nextDouble();
            boolean inSuite = j == 0 || where < 0.8;
            boolean inOdoo = j == 0 || where >= 0.45;
            Account account = null;
            if (inSuite) {
                account = new Account();
                account.id = uuid();
                account.party = party.index();
                account.name = name;
                account.email = email;
                account.office = phone(office, random.nextInt(6));
                account.cases = Math.max(1, interactions() / 2);
                account.entered = customerCreated();
                account.modified = lastModified(account.entered);
                accounts.add(account);
            }
            if (inOdoo) {
                Partner partner = newPartner(party.index(), name, true);
                partner.commercialName = name;
                partner.vat = "GB" + (123000000 + j * 7);
                partner.vat = random.nextBoolean() ? partner.vat
                        : "GB " + partner.vat.substring(2, 5) + " " + partner.vat.substring(5, 9) + " "
                                + partner.vat.substring(9);
                boolean byPhone = account != null && j % 2 == 1;
                partner.email = byPhone ? "sales@" + slug + ".example.com"
                        : j % 4 == 2 ? "  " + mixedCase(email) + " " : email;
                partner.phone = phone(office, random.nextInt(6));
                countOdooInteractions(partner, interactions());
                if (account != null) {
                    sameParties.add(new SameParty(party.index(), "accounts:" + account.id, "res_partner:" + partner.id,
                            byPhone ? Overlap.SAME_PHONE_OTHER_EMAIL
                                    : j % 4 == 2 ? Overlap.EMAIL_CASE_AND_BLANKS : Overlap.SAME_EMAIL));
                }
            }
        }
    }

    private void planShowcase() {
        Party party = party(false, "Sofia Martins");
        Contact contact = newContact(party.index(), "Sofia", "Martins");
        contact.salutation = "Ms.";
        contact.email = "sofia.martins@example.com";
        contact.mobile = "07700 900123";
        contact.showcase = true;
        countSuiteInteractions(contact, interactions());
        contact.calls++; // the fixed ones written for her: a call, an e-mail and a meeting
        contact.emails++;
        contact.meetings++;
        Partner partner = newPartner(party.index(), "Sofia Martins", false);
        partner.email = "s.martins@croydon-health.example.org";
        partner.mobile = "+44 (0)7700 900 123";
        partner.showcase = true;
        countOdooInteractions(partner, interactions());
        showcase = new Showcase(party.index(), party.name(), contact.id, partner.id, contact.email, partner.email,
                "+447700900123");
        sameParties.add(new SameParty(party.index(), "contacts:" + contact.id, "res_partner:" + partner.id,
                Overlap.SAME_PHONE_OTHER_EMAIL));
    }

    /** An ordinary person: in one system or both, sometimes twice in one, sometimes linked to a company. */
    private void planPerson() {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        Party party = party(false, first + " " + last);
        int i = party.index();
        String local = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + i;
        String email = local + "@" + DOMAINS[i % DOMAINS.length];
        String mobile = "74" + String.format(Locale.ROOT, "%08d", 1000000 + i * 7 % 90000000);
        boolean hasMobile = random.nextDouble() < 0.85;
        boolean hasEmail = !hasMobile || random.nextDouble() < 0.9;
        double where = random.nextDouble();
        boolean inSuite = where < 0.62;
        boolean inOdoo = where < 0.28 || where >= 0.62 && where < 0.95;
        if (!inSuite && !inOdoo) {
            Prospect prospect = new Prospect();
            prospect.party = i;
            prospect.name = party.name();
            prospect.email = email;
            prospect.leads = 1 + random.nextInt(2);
            prospects.add(prospect);
            return;
        }
        Overlap overlap = Overlap.values()[i % 3];
        if (inSuite && inOdoo && overlap == Overlap.SAME_PHONE_OTHER_EMAIL) {
            hasMobile = true;
        }
        if (inSuite && inOdoo && overlap != Overlap.SAME_PHONE_OTHER_EMAIL) {
            hasEmail = true;
        }
        Contact contact = null;
        if (inSuite) {
            contact = newContact(i, first, last);
            contact.email = hasEmail ? email : null;
            contact.mobile = hasMobile ? phone(mobile, random.nextInt(6)) : null;
            contact.work = random.nextDouble() < 0.3 ? phone("207" + String.format(Locale.ROOT, "%07d", 1000000 + i),
                    random.nextInt(6)) : null;
            contact.home = random.nextDouble() < 0.2 ? phone("1632" + String.format(Locale.ROOT, "%06d", 100000 + i),
                    random.nextInt(6)) : null;
            if (!accounts.isEmpty() && random.nextDouble() < 0.2) {
                contact.accountId = accounts.get(random.nextInt(accounts.size())).id;
            }
            countSuiteInteractions(contact, interactions());
            if (hasEmail && random.nextDouble() < 0.05) {
                Contact duplicate = newContact(i, nickname(first), last);
                duplicate.email = mixedCase(email);
                duplicate.home = contact.home;
                countSuiteInteractions(duplicate, Math.max(1, interactions() / 2));
            }
            if (!inOdoo && hasEmail && random.nextDouble() < 0.06) {
                Prospect lead = new Prospect();
                lead.party = i;
                lead.name = party.name();
                lead.email = random.nextBoolean() ? email : mixedCase(email);
                lead.leads = 1;
                prospects.add(lead);
                sameParties.add(new SameParty(i, "contacts:" + contact.id,
                        "email:" + email, Overlap.LEAD_EMAIL));
            }
        }
        if (inOdoo) {
            Partner partner = newPartner(i, party.name(), false);
            if (inSuite) {
                switch (overlap) {
                    case SAME_EMAIL -> {
                        partner.email = email;
                        partner.mobile = hasMobile && random.nextBoolean() ? phone(mobile, random.nextInt(6)) : null;
                    }
                    case EMAIL_CASE_AND_BLANKS -> partner.email = " " + mixedCase(email) + "  ";
                    default -> {
                        partner.email = first.toLowerCase(Locale.ROOT).charAt(0) + "."
                                + last.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + i + "@work.example.org";
                        partner.mobile = phone(mobile, (contactFormat(contact) + 1 + random.nextInt(5)) % 6);
                    }
                }
                sameParties.add(new SameParty(i, "contacts:" + contact.id, "res_partner:" + partner.id, overlap));
            } else {
                partner.email = hasEmail ? email : null;
                partner.mobile = hasMobile ? phone(mobile, random.nextInt(6)) : null;
            }
            partner.phone = random.nextDouble() < 0.15
                    ? phone("207" + String.format(Locale.ROOT, "%07d", 1000000 + i), random.nextInt(6)) : null;
            if (!companyPartners.isEmpty() && random.nextDouble() < 0.2) {
                Partner company = companyPartners.get(random.nextInt(companyPartners.size()));
                partner.parentId = company.id;
                partner.commercialName = company.name;
                partner.vat = company.vat; // Odoo copies the commercial entity's tax id to its contacts
            }
            countOdooInteractions(partner, interactions());
            if (partner.mobile != null && random.nextDouble() < 0.05) {
                Partner duplicate = newPartner(i, first + " " + last.toUpperCase(Locale.ROOT), false);
                duplicate.mobile = phone(mobile, (random.nextInt(6)));
                countOdooInteractions(duplicate, Math.max(1, interactions() / 2));
            }
        }
    }

    /** Placeholders shared by different people, invalid addresses, empty names, deleted records. */
    private void planSpecials() {
        for (int k = 0; k < 3; k++) {
            Contact contact = specialContact("Alex", "Noreply" + k);
            contact.email = NOREPLY_EMAIL;
            shared(NOREPLY_EMAIL, SUITECRM, "contacts:" + contact.id, contact.party);
        }
        for (String address : List.of("NoReply@example.com", NOREPLY_EMAIL + " ")) {
            Partner noreply = specialPartner("Chris Import");
            noreply.email = address;
            shared(NOREPLY_EMAIL, ODOO, "res_partner:" + noreply.id, noreply.party);
        }
        for (String address : List.of(TEST_EMAIL, "Test@Test.com")) {
            Contact contact = specialContact("Sam", "Tester");
            contact.email = address;
            shared(TEST_EMAIL, SUITECRM, "contacts:" + contact.id, contact.party);
        }
        for (String address : List.of(TEST_EMAIL, " TEST@TEST.COM")) {
            Partner partner = specialPartner("Jo Tester");
            partner.email = address;
            shared(TEST_EMAIL, ODOO, "res_partner:" + partner.id, partner.party);
        }
        for (String number : List.of(PLACEHOLDER_PHONE, "000 000 0000", "0000000000")) {
            Partner partner = specialPartner("Pat Placeholder");
            partner.phone = number;
            partner.mobile = null;
            partner.email = "pat.placeholder" + partner.id + "@example.net";
            shared(PLACEHOLDER_PHONE, ODOO, "res_partner:" + partner.id, partner.party);
        }
        for (String number : List.of(PLACEHOLDER_PHONE, "(000) 000 0000")) {
            Contact contact = specialContact("Robin", "Placeholder");
            contact.home = number;
            contact.mobile = null;
            contact.email = "robin.placeholder." + contact.party + "@example.org";
            shared(PLACEHOLDER_PHONE, SUITECRM, "contacts:" + contact.id, contact.party);
        }
        for (String invalid : List.of("jane.doe@example", "n/a")) {
            Contact contact = specialContact("Jane", "Doe");
            contact.email = invalid;
            contact.fate = Fate.DEAD_LETTER;
            clearInteractions(contact);
        }
        Partner invalid = specialPartner("Mark Taylor");
        invalid.email = "mark.taylor(at)example.com";
        invalid.fate = Fate.DEAD_LETTER;
        clearInteractions(invalid);
        Contact nameless = specialContact(null, "");
        nameless.email = "imported.contact." + nameless.party + "@example.com";
        Partner unnamed = specialPartner("");
        unnamed.email = "unnamed.partner." + unnamed.party + "@example.net";
        for (int k = 0; k < 2; k++) {
            Contact gone = specialContact("Former", "Customer" + k);
            gone.email = "former.customer." + gone.party + "@example.com";
            gone.deleted = true;
            gone.fate = Fate.DELETED;
            clearInteractions(gone);
            Partner archived = specialPartner("Archived Customer" + k);
            archived.email = "archived.customer." + archived.party + "@example.net";
            archived.active = false;
            archived.fate = Fate.DELETED;
            clearInteractions(archived);
        }
        Prospect dirtyLead = new Prospect();
        dirtyLead.party = party(false, "Website visitor").index();
        dirtyLead.name = "Website visitor";
        dirtyLead.email = "call me on 07700 900456";
        dirtyLead.leads = 1;
        dirtyLead.invalid = true;
        prospects.add(dirtyLead);
        // Interactions the sync must reject: a call without date, a note with broken encoding, a case whose
        // description is longer than a summary may be.
        Contact regular = contacts.stream().filter(c -> c.fate == Fate.LIVE && !c.showcase).findFirst().orElseThrow();
        regular.noDateCall = true;
        regular.brokenNote = true;
        accounts.get(0).oversizedCase = true;
    }

    private Contact specialContact(String first, String last) {
        Party party = party(false, ((first == null ? "" : first) + " " + last).strip());
        Contact contact = newContact(party.index(), first, last);
        contact.mobile = phone("79" + String.format(Locale.ROOT, "%08d", 10000000 + party.index()), random.nextInt(6));
        countSuiteInteractions(contact, interactions());
        return contact;
    }

    private Partner specialPartner(String name) {
        Party party = party(false, name.isEmpty() ? "(no name)" : name);
        Partner partner = newPartner(party.index(), name, false);
        partner.mobile = phone("78" + String.format(Locale.ROOT, "%08d", 10000000 + party.index()), random.nextInt(6));
        countOdooInteractions(partner, interactions());
        return partner;
    }

    private void shared(String placeholder, String system, String sourceId, int party) {
        placeholders.computeIfAbsent(placeholder, p -> new ArrayList<>())
                .add(new CustomerRecord(system, sourceId, party, Fate.LIVE));
    }

    private Party party(boolean company, String name) {
        Party party = new Party(parties.size(), company, name);
        parties.add(party);
        return party;
    }

    private Contact newContact(int party, String first, String last) {
        Contact contact = new Contact();
        contact.id = uuid();
        contact.party = party;
        contact.first = first;
        contact.last = last;
        contact.entered = customerCreated();
        contact.modified = lastModified(contact.entered);
        contacts.add(contact);
        return contact;
    }

    private Partner newPartner(int party, String name, boolean company) {
        Partner partner = new Partner();
        partner.id = nextPartnerId++;
        partner.party = party;
        partner.name = name;
        partner.company = company;
        partner.created = customerCreated().plusNanos(1000L * random.nextInt(1_000_000));
        partner.written = lastModified(partner.created);
        partners.add(partner);
        return partner;
    }

    private void countSuiteInteractions(Contact contact, int count) {
        for (int n = 0; n < count; n++) {
            double kind = random.nextDouble();
            if (kind < 0.30) {
                if (random.nextDouble() < 0.02) {
                    contact.deletedCalls++;
                } else {
                    contact.calls++;
                }
            } else if (kind < 0.45) {
                contact.meetings++;
            } else if (kind < 0.80) {
                contact.emails++;
            } else {
                contact.notes++;
            }
        }
    }

    private void countOdooInteractions(Partner partner, int count) {
        for (int n = 0; n < count; n++) {
            double kind = random.nextDouble();
            if (kind < 0.30) {
                partner.orders++;
            } else if (kind < 0.50) {
                partner.invoices++;
            } else if (kind < 0.70) {
                partner.emails++;
            } else if (kind < 0.88) {
                partner.comments++;
            } else {
                partner.leads++;
            }
        }
    }

    private static void clearInteractions(Contact contact) {
        contact.calls = contact.meetings = contact.emails = contact.notes = contact.deletedCalls = 0;
    }

    private static void clearInteractions(Partner partner) {
        partner.orders = partner.invoices = partner.emails = partner.comments = partner.leads = 0;
    }

    /** The interactions of one record: the average, give or take a third. */
    private int interactions() {
        int spread = Math.max(1, interactionsPerCustomer * 2 / 3);
        return Math.max(1, interactionsPerCustomer - spread / 2 + random.nextInt(spread + 1));
    }

    private int contactFormat(Contact contact) {
        return contact == null || contact.mobile == null ? 0 : Math.floorMod(contact.mobile.hashCode(), 6);
    }

    /**
     * A UK number (national significant number {@code nsn}, without the leading 0) the way people write it:
     * national with spaces, international, with brackets, with (0), with 00 44, or bare digits.
     */
    private static String phone(String nsn, int style) {
        String head = nsn.startsWith("7") || nsn.startsWith("16") ? nsn.substring(0, 4) : nsn.substring(0, 2);
        String tail = nsn.substring(head.length());
        String spaced = tail.length() > 6 ? tail.substring(0, tail.length() - 4) + " " + tail.substring(tail.length() - 4)
                : tail.substring(0, 3) + " " + tail.substring(3);
        return switch (style) {
            case 0 -> "0" + head + " " + spaced;
            case 1 -> "+44 " + head + " " + spaced;
            case 2 -> "(0" + head + ") " + spaced;
            case 3 -> "+44 (0)" + head + " " + spaced;
            case 4 -> "0044 " + head + " " + spaced;
            default -> "0" + nsn;
        };
    }

    private String mixedCase(String email) {
        StringBuilder mixed = new StringBuilder(email.length());
        boolean changed = false;
        for (char c : email.toCharArray()) {
            boolean upper = Character.isLetter(c) && (random.nextInt(3) == 0 || mixed.isEmpty() || !changed && c == '@');
            changed |= upper;
            mixed.append(upper ? Character.toUpperCase(c) : c);
        }
        if (!changed) {
            mixed.setCharAt(0, Character.toUpperCase(mixed.charAt(0)));
        }
        return mixed.toString();
    }

    private static String nickname(String first) {
        return switch (first) {
            case "Margaret" -> "Maggie";
            case "Daniel" -> "Dan";
            case "Samuel" -> "Sam";
            case "Oliver" -> "Ollie";
            case "Muhammad" -> "Mohammed";
            default -> first.substring(0, Math.min(first.length(), 3)) + ".";
        };
    }

    private String uuid() {
        long high = random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private LocalDateTime customerCreated() {
        return now.minusDays(730 + random.nextInt(1095)).minusSeconds(random.nextInt(86400));
    }

    private LocalDateTime lastModified(LocalDateTime created) {
        LocalDateTime modified = now.minusDays(random.nextInt(730)).minusSeconds(random.nextInt(86400));
        return modified.isBefore(created) ? created : modified;
    }

    // ---------------------------------------------------------------- SuiteCRM (MariaDB)

    /**
     * Writes the SuiteCRM records into the empty tables of {@code resources/suitecrm/schema-mariadb.sql}
     * through {@code connection} (MariaDB or MySQL), in one transaction.
     */
    public void fillSuiteCrm(Connection connection) throws SQLException {
        Random rows = new Random(seed * 31 + 1);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (SuiteCrmWriter writer = new SuiteCrmWriter(connection, rows)) {
            writer.write();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private final class SuiteCrmWriter implements AutoCloseable {

        private final Random rows;

        private final Rows accountRows;

        private final Rows contactRows;

        private final Rows accountContactRows;

        private final Rows addressRows;

        private final Rows addressLinkRows;

        private final Rows caseRows;

        private final Rows callRows;

        private final Rows callContactRows;

        private final Rows meetingRows;

        private final Rows meetingContactRows;

        private final Rows emailRows;

        private final Rows emailTextRows;

        private final Rows noteRows;

        private final Map<String, String> addressIds = new HashMap<>();

        private int caseNumber = 1000;

        private int orderNumber = 10000;

        SuiteCrmWriter(Connection connection, Random rows) throws SQLException {
            this.rows = rows;
            accountRows = new Rows(connection, "INSERT INTO accounts (id, name, date_entered, date_modified,"
                    + " modified_user_id, created_by, deleted, assigned_user_id, account_type, industry, phone_office,"
                    + " phone_alternate, website, billing_address_city, billing_address_country)"
                    + " VALUES (?, ?, ?, ?, '1', '1', 0, '1', 'Customer', ?, ?, ?, ?, ?, 'United Kingdom')");
            contactRows = new Rows(connection, "INSERT INTO contacts (id, date_entered, date_modified,"
                    + " modified_user_id, created_by, deleted, assigned_user_id, salutation, first_name, last_name,"
                    + " phone_home, phone_mobile, phone_work, primary_address_city, primary_address_postalcode,"
                    + " primary_address_country, lead_source) VALUES (?, ?, ?, '1', '1', ?, '1', ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " 'United Kingdom', ?)");
            accountContactRows = new Rows(connection, "INSERT INTO accounts_contacts (id, contact_id, account_id,"
                    + " date_modified, deleted) VALUES (?, ?, ?, ?, 0)");
            addressRows = new Rows(connection, "INSERT INTO email_addresses (id, email_address, email_address_caps,"
                    + " invalid_email, opt_out, date_created, date_modified, deleted) VALUES (?, ?, ?, 0, 0, ?, ?, 0)");
            addressLinkRows = new Rows(connection, "INSERT INTO email_addr_bean_rel (id, email_address_id, bean_id,"
                    + " bean_module, primary_address, reply_to_address, date_created, date_modified, deleted)"
                    + " VALUES (?, ?, ?, ?, 1, 0, ?, ?, 0)");
            caseRows = new Rows(connection, "INSERT INTO cases (id, name, date_entered, date_modified,"
                    + " modified_user_id, created_by, description, deleted, assigned_user_id, case_number, type, status,"
                    + " priority, resolution, account_id, state) VALUES (?, ?, ?, ?, '1', '1', ?, 0, '1', ?, ?, ?, ?, ?, ?,"
                    + " ?)");
            callRows = new Rows(connection, "INSERT INTO calls (id, name, date_entered, date_modified, modified_user_id,"
                    + " created_by, description, deleted, assigned_user_id, duration_hours, duration_minutes, date_start,"
                    + " date_end, parent_type, status, direction, parent_id) VALUES (?, ?, ?, ?, '1', '1', ?, ?, '1', ?,"
                    + " ?, ?, ?, 'Contacts', ?, ?, ?)");
            callContactRows = new Rows(connection, "INSERT INTO calls_contacts (id, call_id, contact_id, required,"
                    + " accept_status, date_modified, deleted) VALUES (?, ?, ?, '1', 'none', ?, 0)");
            meetingRows = new Rows(connection, "INSERT INTO meetings (id, name, date_entered, date_modified,"
                    + " modified_user_id, created_by, description, deleted, assigned_user_id, location, duration_hours,"
                    + " duration_minutes, date_start, date_end, parent_type, status, type, parent_id)"
                    + " VALUES (?, ?, ?, ?, '1', '1', ?, 0, '1', ?, ?, ?, ?, ?, 'Contacts', ?, 'Sugar', ?)");
            meetingContactRows = new Rows(connection, "INSERT INTO meetings_contacts (id, meeting_id, contact_id,"
                    + " required, accept_status, date_modified, deleted) VALUES (?, ?, ?, '1', 'accept', ?, 0)");
            emailRows = new Rows(connection, "INSERT INTO emails (id, name, date_entered, date_modified,"
                    + " modified_user_id, created_by, deleted, assigned_user_id, date_sent_received, message_id, type,"
                    + " status, intent, parent_type, parent_id) VALUES (?, ?, ?, ?, '1', '1', 0, '1', ?, ?, ?, ?, 'pick',"
                    + " ?, ?)");
            emailTextRows = new Rows(connection, "INSERT INTO emails_text (email_id, from_addr, to_addrs, description,"
                    + " description_html, deleted) VALUES (?, ?, ?, ?, ?, 0)");
            noteRows = new Rows(connection, "INSERT INTO notes (id, assigned_user_id, date_entered, date_modified,"
                    + " modified_user_id, created_by, name, parent_type, parent_id, contact_id, portal_flag, embed_flag,"
                    + " description, deleted) VALUES (?, '1', ?, ?, '1', '1', ?, ?, ?, ?, 0, 0, ?, 0)");
        }

        void write() throws SQLException {
            for (Account account : accounts) {
                account(account);
            }
            for (Contact contact : contacts) {
                contact(contact);
            }
        }

        private void account(Account account) throws SQLException {
            accountRows.add(account.id, account.name, account.entered, account.modified,
                    pick("Retail", "Hospitality", "Real Estate", "Healthcare", "Education"), account.office,
                    account.alternate, "https://www." + account.email.substring(account.email.indexOf('@') + 1),
                    pick("Manchester", "Leeds", "London", "Bristol", "Glasgow"));
            emailAddress(account.id, "Accounts", account.email, account.entered);
            for (int n = 0; n < account.cases; n++) {
                caseRow(uuid(rows), account, false);
            }
            if (account.oversizedCase) {
                caseRow(oversizedCaseId(account), account, true);
            }
            // A note filed to the account: not about a contact, so the preset leaves it out.
            LocalDateTime at = at();
            noteRows.add(uuid(rows), at, modified(at), "Account review", "Accounts", account.id, null,
                    "Quarterly review of the trade account.");
        }

        private void caseRow(String id, Account account, boolean oversized) throws SQLException {
            String[][] kinds = { { "Product", "Sofa arrived damaged" }, { "Product", "Wobbly table leg" },
                { "Product", "Missing fixings for wardrobe" }, { "Product", "Faulty lamp switch" },
                { "User", "Cannot log in to account" }, { "User", "Wishlist not saving" },
                { "Administration", "Refund not received" }, { "Administration", "Invoice address wrong" },
                { "Administration", "Charged twice" } };
            String[] kind = kinds[rows.nextInt(kinds.length)];
            String status = pick("Open_New", "Open_Assigned", "Open_Pending Input", "Closed_Closed", "Closed_Closed",
                    "Closed_Rejected", "Closed_Duplicate");
            LocalDateTime opened = at();
            String description = oversized
                    ? "Customer forwarded the whole e-mail thread with the courier. ".repeat(90)
                    : "Reported by " + account.name + ": " + kind[1].toLowerCase(Locale.ROOT) + ".";
            caseRows.add(id, kind[1], opened, modified(opened), description, caseNumber++, kind[0], status,
                    pick("P1", "P2", "P2", "P3"), status.startsWith("Closed") ? "Resolved with the customer." : null,
                    account.id, status.startsWith("Closed") ? "Closed" : "Open");
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
                accountContactRows.add(uuid(rows), contact.id, contact.accountId, contact.entered);
            }
            int fixed = 0;
            if (contact.showcase) {
                showcaseInteractions(contact);
                fixed = 1;
            }
            for (int n = 0; n < contact.calls - fixed; n++) {
                call(uuid(rows), contact, at(), false, null);
            }
            for (int n = 0; n < contact.deletedCalls; n++) {
                call(uuid(rows), contact, at(), true, null);
            }
            if (contact.noDateCall) {
                call(noDateCallId(contact), contact, null, false, "Imported call without date");
            }
            for (int n = 0; n < contact.meetings - fixed; n++) {
                meeting(contact, at(), null, null);
            }
            for (int n = 0; n < contact.emails - fixed; n++) {
                email(contact, at(), null, null);
            }
            for (int n = 0; n < contact.notes; n++) {
                note(uuid(rows), contact, at(), null);
            }
            if (contact.brokenNote) {
                note(brokenNoteId(contact), contact, at(), "Caf\uFFFD table: customer wants the oak finish");
            }
            if (rows.nextInt(40) == 0) {
                // A draft: not an interaction yet, left out by the preset.
                emailRows.add(uuid(rows), "Draft: your quote", now, now, null, null, "draft", "draft", "Contacts",
                        contact.id);
            }
        }

        private void showcaseInteractions(Contact contact) throws SQLException {
            call(uuid(rows), contact, now.minusDays(40).withHour(19).withMinute(5), false, "Sofa arrived damaged",
                    "Inbound");
            email(contact, now.minusDays(60).withHour(21).withMinute(30), "Your order confirmation LH-10023", "out");
            meeting(contact, now.minusDays(75).withHour(11).withMinute(0), "Sofa viewing", "Croydon showroom");
        }

        private void emailAddress(String beanId, String module, String address, LocalDateTime at) throws SQLException {
            String caps = address.strip().toUpperCase(Locale.ROOT);
            String id = addressIds.get(caps);
            if (id == null) {
                id = uuid(rows);
                addressIds.put(caps, id);
                addressRows.add(id, address, caps, at, at);
            }
            addressLinkRows.add(uuid(rows), id, beanId, module, at, at);
        }

        private void call(String id, Contact contact, LocalDateTime start, boolean deleted, String subject)
                throws SQLException {
            call(id, contact, start, deleted, subject, null);
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
                            : pick("Held", "Held", "Held", "Not Held"),
                    inbound ? "Inbound" : "Outbound", contact.id);
            callContactRows.add(uuid(rows), id, contact.id, modified);
        }

        private void meeting(Contact contact, LocalDateTime start, String subject, String location) throws SQLException {
            String[][] meetings = { { "Sofa viewing", "Croydon showroom" }, { "Fabric consultation", "Guildford showroom" },
                { "Collect replacement chair", "Leeds showroom" }, { "Assembly visit", "Customer's home" },
                { "Measure-up visit", "Customer's home" }, { "Video consultation", "Video call" } };
            String[] meeting = subject != null ? new String[] { subject, location } : meetings[rows.nextInt(meetings.length)];
            String id = uuid(rows);
            LocalDateTime modified = modified(start);
            meetingRows.add(id, meeting[0], start.minusDays(3), modified, "Booked with " + nonNull(contact.first) + ".",
                    meeting[1], 1, 0, start, start.plusHours(1), pick("Held", "Held", "Not Held"), contact.id);
            meetingContactRows.add(uuid(rows), id, contact.id, modified);
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
            String id = uuid(rows);
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

        @Override
        public void close() throws SQLException {
            for (Rows batch : List.of(accountRows, contactRows, accountContactRows, addressRows, addressLinkRows,
                    caseRows, callRows, callContactRows, meetingRows, meetingContactRows, emailRows, emailTextRows,
                    noteRows)) {
                batch.close();
            }
        }
    }

    private static String noDateCallId(Contact contact) {
        return "0000dead-ca11-4000-8000-" + contact.id.substring(24);
    }

    private static String brokenNoteId(Contact contact) {
        return "0000dead-4073-4000-8000-" + contact.id.substring(24);
    }

    private static String oversizedCaseId(Account account) {
        return "0000dead-ca5e-4000-8000-" + account.id.substring(24);
    }

    private static String uuid(Random random) {
        long high = random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    // ---------------------------------------------------------------- Odoo (PostgreSQL)

    /**
     * Writes the Odoo records into the empty tables of {@code resources/odoo/schema-postgresql.sql} through
     * {@code connection} (PostgreSQL), in one transaction, and moves the id sequences past the ids written.
     */
    public void fillOdoo(Connection connection) throws SQLException {
        Random rows = new Random(seed * 31 + 2);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (OdooWriter writer = new OdooWriter(connection, rows)) {
            writer.write();
            writer.flush();
            // PostgreSQL: serial columns do not see explicit ids; move each sequence past them.
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("res_currency", "res_partner", "crm_stage", "crm_lead", "sale_order",
                        "account_move", "mail_message")) {
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                            + " COALESCE((SELECT MAX(id) FROM " + table + "), 0) + 1, false)");
                }
            }
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

    private final class OdooWriter implements AutoCloseable {

        private static final int GBP = 1;

        private static final int EUR = 2;

        private final Random rows;

        private final Map<String, Integer> reads = new HashMap<>();

        private int overdue;

        private int invalidLead;

        private final Rows currencyRows;

        private final Rows stageRows;

        private final Rows partnerRows;

        private final Rows leadRows;

        private final Rows orderRows;

        private final Rows moveRows;

        private final Rows messageRows;

        private int leadId = 1;

        private int orderId = 1;

        private int moveId = 1;

        private int messageId = 1;

        private final Map<Integer, Integer> invoiceNumbers = new HashMap<>();

        private final Map<Integer, Integer> refundNumbers = new HashMap<>();

        OdooWriter(Connection connection, Random rows) throws SQLException {
            this.rows = rows;
            for (String source : List.of("crm_lead", "sale_order", "account_move", "mail_message_email",
                    "mail_message_note")) {
                reads.put(source, 0);
            }
            currencyRows = new Rows(connection, "INSERT INTO res_currency (id, name, full_name, symbol, rounding,"
                    + " decimal_places, active, position, create_date, write_date) VALUES (?, ?, ?, ?, 0.01, 2, TRUE,"
                    + " 'before', ?, ?)");
            stageRows = new Rows(connection, "INSERT INTO crm_stage (id, name, sequence, is_won, fold, create_date,"
                    + " write_date) VALUES (?, ?::jsonb, ?, ?, FALSE, ?, ?)"); // PostgreSQL: translated names are jsonb
            partnerRows = new Rows(connection, "INSERT INTO res_partner (id, company_id, create_date, name, complete_name,"
                    + " parent_id, commercial_partner_id, lang, tz, vat, type, city, zip, email, email_normalized, phone,"
                    + " mobile, commercial_company_name, active, employee, is_company, partner_share, customer_rank,"
                    + " supplier_rank, write_date) VALUES (?, NULL, ?, ?, ?, ?, ?, 'en_GB', 'Europe/London', ?, 'contact',"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 0, ?)");
            leadRows = new Rows(connection, "INSERT INTO crm_lead (id, user_id, team_id, company_id, stage_id,"
                    + " partner_id, name, email_from, email_normalized, phone, contact_name, type, priority, description,"
                    + " active, probability, expected_revenue, date_open, date_closed, date_last_stage_update, won_status,"
                    + " create_date, write_date) VALUES (?, 2, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?)");
            orderRows = new Rows(connection, "INSERT INTO sale_order (id, company_id, partner_id, partner_invoice_id,"
                    + " partner_shipping_id, currency_id, team_id, user_id, name, state, client_order_ref, origin,"
                    + " invoice_status, amount_untaxed, amount_tax, amount_total, locked, date_order, create_date,"
                    + " write_date) VALUES (?, 1, ?, ?, ?, ?, 1, 2, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)");
            moveRows = new Rows(connection, "INSERT INTO account_move (id, journal_id, company_id, currency_id,"
                    + " partner_id, commercial_partner_id, name, state, move_type, payment_state, payment_reference,"
                    + " invoice_origin, date, invoice_date, invoice_date_due, amount_untaxed, amount_tax, amount_total,"
                    + " amount_residual, amount_total_signed, amount_residual_signed, create_date, write_date)"
                    + " VALUES (?, 1, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            messageRows = new Rows(connection, "INSERT INTO mail_message (id, res_id, subtype_id, author_id, subject,"
                    + " model, record_name, message_type, email_from, message_id, body, is_internal, date, create_date,"
                    + " write_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void write() throws SQLException {
            LocalDateTime setup = now.minusYears(5);
            currencyRows.add(GBP, "GBP", "British pound", "£", setup, setup);
            currencyRows.add(EUR, "EUR", "Euro", "€", setup, setup);
            String[] stages = { "New", "Qualified", "Proposition", "Won" };
            for (int s = 0; s < stages.length; s++) {
                stageRows.add(s + 1, "{\"en_US\": \"" + stages[s] + "\"}", s + 1, s == 3, setup, setup);
            }
            Map<Integer, Partner> byId = new HashMap<>();
            for (Partner partner : partners) {
                byId.put(partner.id, partner);
            }
            for (Partner partner : partners) {
                partner(partner, byId);
            }
            // Orders, invoices, leads and messages refer to partners, currencies and stages: write those first.
            currencyRows.flush();
            stageRows.flush();
            partnerRows.flush();
            for (Partner partner : partners) {
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
                for (int n = 0; n < partner.leads; n++) {
                    lead(partner, partner.name, partner.email == null ? null : partner.email.strip(), at(), false);
                }
            }
            for (Prospect prospect : prospects) {
                for (int n = 0; n < prospect.leads; n++) {
                    int id = lead(null, prospect.name, prospect.email, at(), prospect.invalid);
                    if (prospect.invalid) {
                        invalidLead = id;
                    }
                }
            }
        }

        private void partner(Partner partner, Map<Integer, Partner> byId) throws SQLException {
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

        private void showcaseInteractions(Partner partner) throws SQLException {
            int order = order(partner, now.minusDays(61).withHour(21).withMinute(12), "sale");
            invoice(partner, now.minusDays(61).withHour(21).withMinute(15), order, "paid");
            message(partner, "sale.order", order, "S" + String.format(Locale.ROOT, "%05d", order),
                    now.minusDays(50).withHour(9).withMinute(40), "email", "Where is my sofa?");
        }

        private int order(Partner partner, LocalDateTime at, String fixedState) throws SQLException {
            int id = orderId++;
            String state = fixedState != null ? fixedState : pick("sale", "sale", "sale", "sale", "draft", "sent", "cancel");
            int currency = rows.nextInt(10) == 0 ? EUR : GBP;
            BigDecimal untaxed = BigDecimal.valueOf(1500 + rows.nextInt(300000), 2);
            BigDecimal tax = untaxed.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            String name = "S" + String.format(Locale.ROOT, "%05d", id);
            LocalDateTime written = modified(at);
            orderRows.add(id, partner.id, partner.id, partner.id, currency, name, state,
                    rows.nextInt(4) == 0 ? "PO-" + (4000 + rows.nextInt(5000)) : null,
                    rows.nextBoolean() ? "Website" : null,
                    state.equals("sale") ? pick("invoiced", "to invoice", "no") : "no", untaxed, tax, untaxed.add(tax),
                    at, at, written);
            reads.merge("sale_order", 1, Integer::sum);
            // The tracking notification of the order: a system message, left out by the preset.
            message(partner, "sale.order", id, name, written, "notification", "Quotation → Sales Order");
            return id;
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
                    name, order == null ? null : "S" + String.format(Locale.ROOT, "%05d", order), date, date, due,
                    untaxed, total.subtract(untaxed), total, residual, total.multiply(sign), residual.multiply(sign), at,
                    modified(at));
            reads.merge("account_move", 1, Integer::sum);
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

        private String sequenceName(String prefix, int year, Map<Integer, Integer> numbers) {
            int number = numbers.merge(year, 1, Integer::sum);
            return prefix + "/" + year + "/" + String.format(Locale.ROOT, "%05d", number);
        }

        private void message(Partner partner, String model, int resId, String recordName, LocalDateTime at,
                String type, String subject) throws SQLException {
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
            Integer author = incoming ? Integer.valueOf(partner.id) : Integer.valueOf(2 + rows.nextInt(STAFF_PARTNERS - 1));
            messageRows.add(id, resId, type.equals("comment") ? 2 : 1, author, type.equals("comment") ? null : text,
                    model, recordName, type, incoming ? partner.email : "service@larkspurhome.example",
                    "<" + id + "." + seed + "@larkspurhome.example>", "<p>" + text + "</p>", type.equals("comment"),
                    at, at, at);
            // Every message here is about a document with a partner; notifications are left out by the preset.
            switch (type) {
                case "email", "email_outgoing" -> reads.merge("mail_message_email", 1, Integer::sum);
                case "comment" -> reads.merge("mail_message_note", 1, Integer::sum);
                default -> {
                    // A tracking notification.
                }
            }
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
            reads.merge("crm_lead", 1, Integer::sum);
            if (partner != null && rows.nextBoolean()) {
                message(partner, "crm.lead", id, title, written, "comment", null);
            }
            return id;
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
            for (Rows batch : batches()) {
                batch.flush();
            }
        }

        private List<Rows> batches() {
            return List.of(currencyRows, stageRows, partnerRows, leadRows, orderRows, moveRows, messageRows);
        }

        @Override
        public void close() throws SQLException {
            for (Rows batch : batches()) {
                batch.close();
            }
        }
    }

    /** Inserts through one prepared statement, executed in batches of {@value #BATCH} rows. */
    private static final class Rows implements AutoCloseable {

        private final PreparedStatement statement;

        private int pending;

        Rows(Connection connection, String sql) throws SQLException {
            statement = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                statement.close();
            }
        }
    }

    @Override
    public String toString() {
        Map<String, Long> byFate = customerRecords().stream()
                .collect(Collectors.groupingBy(r -> r.system() + " " + r.fate(), LinkedHashMap::new,
                        Collectors.counting()));
        return "CrmErpDataGenerator[seed " + seed + ", " + people() + " people, " + companies() + " companies, "
                + byFate + "]";
    }
}
