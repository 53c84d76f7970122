package org.cxm.demo.data;

import static org.cxm.demo.data.CrmErpDataGenerator.NOREPLY_EMAIL;
import static org.cxm.demo.data.CrmErpDataGenerator.ODOO;
import static org.cxm.demo.data.CrmErpDataGenerator.PLACEHOLDER_PHONE;
import static org.cxm.demo.data.CrmErpDataGenerator.SUITECRM;
import static org.cxm.demo.data.CrmErpDataGenerator.TEST_EMAIL;

import java.util.List;
import java.util.Locale;

import org.cxm.demo.data.CrmErpDataGenerator.Fate;
import org.cxm.demo.data.CrmErpDataGenerator.Party;
import org.cxm.demo.data.Plan.Contact;
import org.cxm.demo.data.Plan.Partner;
import org.cxm.demo.data.Plan.Prospect;

/**
 * The records real systems hold besides clean customers: placeholders shared by different people
 * ({@value CrmErpDataGenerator#NOREPLY_EMAIL}, {@value CrmErpDataGenerator#TEST_EMAIL},
 * {@value CrmErpDataGenerator#PLACEHOLDER_PHONE}), invalid e-mail addresses, empty names, soft-deleted and
 * archived customers, a lead whose e-mail field holds a sentence, and interactions the sync must reject.
 */
final class DirtyRecords {

    private final CustomerPlanner planner;

    private final Plan plan;

    DirtyRecords(CustomerPlanner planner, Plan plan) {
        this.planner = planner;
        this.plan = plan;
    }

    void plan() {
        placeholders();
        invalidAndNameless();
        deleted();
        Prospect dirtyLead = new Prospect();
        dirtyLead.party = plan.party(false, "Website visitor").index();
        dirtyLead.name = "Website visitor";
        dirtyLead.email = "call me on 07700 900456";
        dirtyLead.leads = 1;
        dirtyLead.invalid = true;
        plan.prospects.add(dirtyLead);
        // Interactions the sync must reject: a call without date, a note with broken encoding, a case whose
        // description is longer than a summary may be.
        Contact regular = plan.contacts.stream().filter(c -> c.fate == Fate.LIVE && !c.showcase).findFirst()
                .orElseThrow();
        regular.noDateCall = true;
        regular.brokenNote = true;
        plan.accounts.get(0).oversizedCase = true;
    }

    /** Placeholders shared by different people: none of them may be merged with another. */
    private void placeholders() {
        for (int k = 0; k < 3; k++) {
            Contact contact = contact("Alex", "Noreply" + k);
            contact.email = NOREPLY_EMAIL;
            plan.shared(NOREPLY_EMAIL, SUITECRM, "contacts:" + contact.id, contact.party);
        }
        for (String address : List.of("NoReply@example.com", NOREPLY_EMAIL + " ")) {
            Partner noreply = partner("Chris Import");
            noreply.email = address;
            plan.shared(NOREPLY_EMAIL, ODOO, "res_partner:" + noreply.id, noreply.party);
        }
        for (String address : List.of(TEST_EMAIL, "Test@Test.com")) {
            Contact contact = contact("Sam", "Tester");
            contact.email = address;
            plan.shared(TEST_EMAIL, SUITECRM, "contacts:" + contact.id, contact.party);
        }
        for (String address : List.of(TEST_EMAIL, " TEST@TEST.COM")) {
            Partner partner = partner("Jo Tester");
            partner.email = address;
            plan.shared(TEST_EMAIL, ODOO, "res_partner:" + partner.id, partner.party);
        }
        for (String number : List.of(PLACEHOLDER_PHONE, "000 000 0000", "0000000000")) {
            Partner partner = partner("Pat Placeholder");
            partner.phone = number;
            partner.mobile = null;
            partner.email = "pat.placeholder" + partner.id + "@example.net";
            plan.shared(PLACEHOLDER_PHONE, ODOO, "res_partner:" + partner.id, partner.party);
        }
        for (String number : List.of(PLACEHOLDER_PHONE, "(000) 000 0000")) {
            Contact contact = contact("Robin", "Placeholder");
            contact.home = number;
            contact.mobile = null;
            contact.email = "robin.placeholder." + contact.party + "@example.org";
            plan.shared(PLACEHOLDER_PHONE, SUITECRM, "contacts:" + contact.id, contact.party);
        }
    }

    /** Records the sync rejects for an invalid e-mail address, and records without a name. */
    private void invalidAndNameless() {
        for (String invalid : List.of("jane.doe@example", "n/a")) {
            Contact contact = contact("Jane", "Doe");
            contact.email = invalid;
            contact.fate = Fate.DEAD_LETTER;
            clearInteractions(contact);
        }
        Partner invalid = partner("Mark Taylor");
        invalid.email = "mark.taylor(at)example.com";
        invalid.fate = Fate.DEAD_LETTER;
        clearInteractions(invalid);
        Contact nameless = contact(null, "");
        nameless.email = "imported.contact." + nameless.party + "@example.com";
        Partner unnamed = partner("");
        unnamed.email = "unnamed.partner." + unnamed.party + "@example.net";
    }

    /** Soft-deleted contacts (SuiteCRM deleted = 1) and archived partners (Odoo active = false). */
    private void deleted() {
        for (int k = 0; k < 2; k++) {
            Contact gone = contact("Former", "Customer" + k);
            gone.email = "former.customer." + gone.party + "@example.com";
            gone.deleted = true;
            gone.fate = Fate.DELETED;
            clearInteractions(gone);
            Partner archived = partner("Archived Customer" + k);
            archived.email = "archived.customer." + archived.party + "@example.net";
            archived.active = false;
            archived.fate = Fate.DELETED;
            clearInteractions(archived);
        }
    }

    private Contact contact(String first, String last) {
        Party party = plan.party(false, ((first == null ? "" : first) + " " + last).strip());
        Contact contact = planner.newContact(party.index(), first, last);
        contact.mobile = Spellings.phone("79" + String.format(Locale.ROOT, "%08d", 10000000 + party.index()),
                planner.nextInt(Spellings.PHONE_STYLES));
        planner.countSuiteInteractions(contact, planner.interactions());
        return contact;
    }

    private Partner partner(String name) {
        Party party = plan.party(false, name.isEmpty() ? "(no name)" : name);
        Partner partner = planner.newPartner(party.index(), name, false);
        partner.mobile = Spellings.phone("78" + String.format(Locale.ROOT, "%08d", 10000000 + party.index()),
                planner.nextInt(Spellings.PHONE_STYLES));
        planner.countOdooInteractions(partner, planner.interactions());
        return partner;
    }

    private static void clearInteractions(Contact contact) {
        contact.calls = contact.meetings = contact.emails = contact.notes = contact.deletedCalls = 0;
    }

    private static void clearInteractions(Partner partner) {
        partner.orders = partner.invoices = partner.emails = partner.comments = partner.chats = partner.leads = 0;
    }
}
