package org.cxm.demo.data;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.cxm.demo.data.CrmErpDataGenerator.Overlap;
import org.cxm.demo.data.CrmErpDataGenerator.Party;
import org.cxm.demo.data.CrmErpDataGenerator.SameParty;
import org.cxm.demo.data.CrmErpDataGenerator.Showcase;
import org.cxm.demo.data.Plan.Account;
import org.cxm.demo.data.Plan.Contact;
import org.cxm.demo.data.Plan.Partner;
import org.cxm.demo.data.Plan.Prospect;

/**
 * Plans the people and companies of the online shop and their records in SuiteCRM and Odoo: internal users,
 * companies, the showcase customer Sofia Martins, and ordinary people in one system or both, sometimes twice
 * in one. The dirty records come from {@link DirtyRecords}. Every decision is drawn from one random
 * generator seeded with the seed, so the same seed gives the same plan.
 */
final class CustomerPlanner {

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

    private final Plan plan;

    private final int customers;

    private final int interactionsPerCustomer;

    private final Random random;

    private int nextPartnerId = 1;

    /** The Odoo company partners people can work for, known once the companies are planned. */
    private List<Partner> companyPartners = List.of();

    CustomerPlanner(long seed, int customers, int interactionsPerCustomer, LocalDateTime now) {
        this.plan = new Plan(seed, now);
        this.customers = customers;
        this.interactionsPerCustomer = interactionsPerCustomer;
        this.random = new Random(seed);
    }

    Plan plan() {
        planStaff();
        planCompanies();
        companyPartners = plan.partners.stream().filter(p -> p.company && p.share).toList();
        Contact sofia = planShowcase();
        for (int i = 1; i < customers; i++) {
            planPerson();
        }
        new DirtyRecords(this, plan).plan();
        planHousehold(sofia);
        return plan;
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
            partner.created = plan.now.minusYears(4);
            partner.written = plan.now.minusYears(3);
            plan.partners.add(partner);
        }
    }

    private void planCompanies() {
        int count = Math.max(2, customers / 10);
        for (int j = 0; j < count; j++) {
            String name = COMPANY_WORDS[j % COMPANY_WORDS.length] + " " + COMPANY_KINDS[(j / COMPANY_WORDS.length
                    + j) % COMPANY_KINDS.length] + (j >= COMPANY_WORDS.length * COMPANY_KINDS.length ? " " + j : "");
            Party party = plan.party(true, name);
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
                account.office = Spellings.phone(office, random.nextInt(Spellings.PHONE_STYLES));
                account.cases = Math.max(1, interactions() / 2);
                account.entered = customerCreated();
                account.modified = lastModified(account.entered);
                plan.accounts.add(account);
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
                partner.phone = Spellings.phone(office, random.nextInt(Spellings.PHONE_STYLES));
                countOdooInteractions(partner, interactions());
                if (account != null) {
                    plan.sameParties.add(new SameParty(party.index(), "accounts:" + account.id,
                            "res_partner:" + partner.id, byPhone ? Overlap.SAME_PHONE_OTHER_EMAIL
                                    : j % 4 == 2 ? Overlap.EMAIL_CASE_AND_BLANKS : Overlap.SAME_EMAIL));
                }
            }
        }
    }

    /** Sofia Martins: in both systems, known to each by another e-mail address but the same mobile. */
    private Contact planShowcase() {
        Party party = plan.party(false, "Sofia Martins");
        Contact contact = newContact(party.index(), "Sofia", "Martins");
        contact.salutation = "Ms.";
        contact.email = "sofia.martins@example.com";
        contact.mobile = "07700 900123";
        contact.showcase = true;
        countSuiteInteractions(contact, interactions());
        contact.calls += SuiteCrmWriter.SHOWCASE_CALLS;
        contact.emails += SuiteCrmWriter.SHOWCASE_EMAILS;
        contact.meetings += SuiteCrmWriter.SHOWCASE_MEETINGS;
        Partner partner = newPartner(party.index(), "Sofia Martins", false);
        partner.email = "s.martins@croydon-health.example.org";
        partner.mobile = "+44 (0)7700 900 123";
        partner.showcase = true;
        countOdooInteractions(partner, interactions());
        plan.showcase = new Showcase(party.index(), party.name(), contact.id, partner.id, contact.email, partner.email,
                "+447700900123");
        plan.sameParties.add(new SameParty(party.index(), "contacts:" + contact.id, "res_partner:" + partner.id,
                Overlap.SAME_PHONE_OTHER_EMAIL));
        return contact;
    }

    /**
     * Sofia's household as a SuiteCRM account, as shops selling to consumers keep them: her support cases are
     * filed to it, and it has her mobile as its phone. It is planned last and its id and dates are not drawn
     * from the random generator, so it changes nothing else in the plan.
     */
    private void planHousehold(Contact sofia) {
        Account household = new Account();
        household.id = UUID.nameUUIDFromBytes(("household-" + plan.seed).getBytes(StandardCharsets.UTF_8)).toString();
        household.party = sofia.party;
        household.name = "Martins household";
        household.office = sofia.mobile;
        household.cases = SuiteCrmWriter.SHOWCASE_CASES;
        household.showcase = true;
        // Older than her contact, so that the contact's name is the customer's name.
        household.entered = sofia.entered.minusDays(1);
        household.modified = household.entered;
        plan.accounts.add(household);
        sofia.accountId = household.id;
    }

    /** An ordinary person: in one system or both, sometimes twice in one, sometimes linked to a company. */
    private void planPerson() {
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        Party party = plan.party(false, first + " " + last);
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
            plan.prospects.add(prospect);
            return;
        }
        Overlap overlap = Overlap.values()[i % 3];
        if (inSuite && inOdoo && overlap == Overlap.SAME_PHONE_OTHER_EMAIL) {
            hasMobile = true;
        }
        if (inSuite && inOdoo && overlap != Overlap.SAME_PHONE_OTHER_EMAIL) {
            hasEmail = true;
        }
        Contact contact = inSuite ? planContact(party, first, last, email, mobile, hasEmail, hasMobile, inOdoo)
                : null;
        if (inOdoo) {
            planPartner(party, first, last, email, mobile, hasEmail, hasMobile, contact, overlap);
        }
    }

    private Contact planContact(Party party, String first, String last, String email, String mobile,
            boolean hasEmail, boolean hasMobile, boolean inOdoo) {
        int i = party.index();
        Contact contact = newContact(i, first, last);
        contact.email = hasEmail ? email : null;
        contact.mobile = hasMobile ? Spellings.phone(mobile, random.nextInt(Spellings.PHONE_STYLES)) : null;
        contact.work = random.nextDouble() < 0.3
                ? Spellings.phone("207" + String.format(Locale.ROOT, "%07d", 1000000 + i), random.nextInt(6)) : null;
        contact.home = random.nextDouble() < 0.2
                ? Spellings.phone("1632" + String.format(Locale.ROOT, "%06d", 100000 + i), random.nextInt(6)) : null;
        if (!plan.accounts.isEmpty() && random.nextDouble() < 0.2) {
            contact.accountId = plan.accounts.get(random.nextInt(plan.accounts.size())).id;
        }
        countSuiteInteractions(contact, interactions());
        if (hasEmail && random.nextDouble() < 0.05) {
            Contact duplicate = newContact(i, Spellings.nickname(first), last);
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
            plan.prospects.add(lead);
            plan.sameParties.add(new SameParty(i, "contacts:" + contact.id, "email:" + email, Overlap.LEAD_EMAIL));
        }
        return contact;
    }

    private void planPartner(Party party, String first, String last, String email, String mobile, boolean hasEmail,
            boolean hasMobile, Contact contact, Overlap overlap) {
        int i = party.index();
        Partner partner = newPartner(i, party.name(), false);
        if (contact != null) {
            switch (overlap) {
                case SAME_EMAIL -> {
                    partner.email = email;
                    partner.mobile = hasMobile && random.nextBoolean()
                            ? Spellings.phone(mobile, random.nextInt(Spellings.PHONE_STYLES)) : null;
                }
                case EMAIL_CASE_AND_BLANKS -> partner.email = " " + mixedCase(email) + "  ";
                default -> {
                    partner.email = first.toLowerCase(Locale.ROOT).charAt(0) + "."
                            + last.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + i + "@work.example.org";
                    partner.mobile = Spellings.phone(mobile, (contactFormat(contact) + 1 + random.nextInt(5)) % 6);
                }
            }
            plan.sameParties.add(new SameParty(i, "contacts:" + contact.id, "res_partner:" + partner.id, overlap));
        } else {
            partner.email = hasEmail ? email : null;
            partner.mobile = hasMobile ? Spellings.phone(mobile, random.nextInt(Spellings.PHONE_STYLES)) : null;
        }
        partner.phone = random.nextDouble() < 0.15
                ? Spellings.phone("207" + String.format(Locale.ROOT, "%07d", 1000000 + i), random.nextInt(6)) : null;
        if (!companyPartners.isEmpty() && random.nextDouble() < 0.2) {
            Partner company = companyPartners.get(random.nextInt(companyPartners.size()));
            partner.parentId = company.id;
            partner.commercialName = company.name;
            partner.vat = company.vat; // Odoo copies the commercial entity's tax id to its contacts
        }
        countOdooInteractions(partner, interactions());
        if (partner.mobile != null && random.nextDouble() < 0.05) {
            Partner duplicate = newPartner(i, first + " " + last.toUpperCase(Locale.ROOT), false);
            duplicate.mobile = Spellings.phone(mobile, random.nextInt(Spellings.PHONE_STYLES));
            countOdooInteractions(duplicate, Math.max(1, interactions() / 2));
        }
    }

    // ---------------------------------------------------------------- shared with DirtyRecords

    Contact newContact(int party, String first, String last) {
        Contact contact = new Contact();
        contact.id = uuid();
        contact.party = party;
        contact.first = first;
        contact.last = last;
        contact.entered = customerCreated();
        contact.modified = lastModified(contact.entered);
        plan.contacts.add(contact);
        return contact;
    }

    Partner newPartner(int party, String name, boolean company) {
        Partner partner = new Partner();
        partner.id = nextPartnerId++;
        partner.party = party;
        partner.name = name;
        partner.company = company;
        partner.created = customerCreated().plusNanos(1000L * random.nextInt(1_000_000));
        partner.written = lastModified(partner.created);
        plan.partners.add(partner);
        return partner;
    }

    void countSuiteInteractions(Contact contact, int count) {
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

    void countOdooInteractions(Partner partner, int count) {
        for (int n = 0; n < count; n++) {
            double kind = random.nextDouble();
            if (kind < 0.28) {
                partner.orders++;
            } else if (kind < 0.46) {
                partner.invoices++;
            } else if (kind < 0.64) {
                partner.emails++;
            } else if (kind < 0.80) {
                partner.comments++;
            } else if (kind < 0.90) {
                partner.chats++;
            } else {
                partner.leads++;
            }
        }
    }

    /** The interactions of one record: the average, give or take a third. */
    int interactions() {
        int spread = Math.max(1, interactionsPerCustomer * 2 / 3);
        return Math.max(1, interactionsPerCustomer - spread / 2 + random.nextInt(spread + 1));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    String mixedCase(String email) {
        return Spellings.mixedCase(email, random);
    }

    private String uuid() {
        return Spellings.uuid(random);
    }

    private int contactFormat(Contact contact) {
        return contact == null || contact.mobile == null ? 0 : Math.floorMod(contact.mobile.hashCode(), 6);
    }

    private LocalDateTime customerCreated() {
        return plan.now.minusDays(730 + random.nextInt(1095)).minusSeconds(random.nextInt(86400));
    }

    private LocalDateTime lastModified(LocalDateTime created) {
        LocalDateTime modified = plan.now.minusDays(random.nextInt(730)).minusSeconds(random.nextInt(86400));
        return modified.isBefore(created) ? created : modified;
    }
}
