package org.cxm.demo.data;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxm.demo.data.CrmErpDataGenerator.CustomerRecord;
import org.cxm.demo.data.CrmErpDataGenerator.Fate;
import org.cxm.demo.data.CrmErpDataGenerator.Party;
import org.cxm.demo.data.CrmErpDataGenerator.SameParty;
import org.cxm.demo.data.CrmErpDataGenerator.Showcase;

/**
 * Every customer record the generator will write, planned before anything is written: the real party behind
 * it, its identifiers as the system holds them, and how many interactions of each kind it has. Filled by
 * {@link CustomerPlanner}, written by {@link SuiteCrmWriter} and {@link OdooWriter}, and the ground truth of
 * what {@link CrmErpDataGenerator} says the sync must make of the data.
 */
final class Plan {

    /** A SuiteCRM contact (a person). */
    static final class Contact {
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

    /** A SuiteCRM account: a company, or the household of the showcase customer. */
    static final class Account {
        String id;
        int party;
        String name;
        String email;
        String office;
        String alternate;
        int cases;
        boolean oversizedCase;
        boolean showcase;
        LocalDateTime entered;
        LocalDateTime modified;
    }

    /** An Odoo partner: a company, a person, or the partner of an internal user (not a customer). */
    static final class Partner {
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
        int chats;
        int leads;
        boolean showcase;
        LocalDateTime created;
        LocalDateTime written;
    }

    /** Leads without partner in Odoo: only the e-mail address they came from says whose they are. */
    static final class Prospect {
        int party;
        String name;
        String email;
        int leads;
        boolean invalid;
    }

    final long seed;

    /** The moment the data is as of. */
    final LocalDateTime now;

    final List<Party> parties = new ArrayList<>();

    final List<Contact> contacts = new ArrayList<>();

    final List<Account> accounts = new ArrayList<>();

    final List<Partner> partners = new ArrayList<>();

    final List<Prospect> prospects = new ArrayList<>();

    final List<SameParty> sameParties = new ArrayList<>();

    /** The live records that carry each shared placeholder value. */
    final Map<String, List<CustomerRecord>> placeholders = new LinkedHashMap<>();

    Showcase showcase;

    Plan(long seed, LocalDateTime now) {
        this.seed = seed;
        this.now = now;
    }

    Party party(boolean company, String name) {
        Party party = new Party(parties.size(), company, name);
        parties.add(party);
        return party;
    }

    void shared(String placeholder, String system, String sourceId, int party) {
        placeholders.computeIfAbsent(placeholder, p -> new ArrayList<>())
                .add(new CustomerRecord(system, sourceId, party, Fate.LIVE));
    }
}
