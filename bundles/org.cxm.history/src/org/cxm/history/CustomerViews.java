package org.cxm.history;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxm.history.internal.Dialect;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The read-only queries behind the Customer 360 views: search as you type, the customer card, the filtered
 * timeline and the account status. Portable between H2 and PostgreSQL like the rest of the store.
 */
public final class CustomerViews {

    private static final String OPEN_CASE = "kind = 'case' AND (status IS NULL OR LOWER(status) NOT IN"
            + " ('closed', 'resolved', 'done', 'cancelled', 'canceled'))";
    private static final String UNPAID_INVOICE = "kind = 'invoice' AND payment_status IS NOT NULL"
            + " AND LOWER(payment_status) NOT IN ('paid', 'in_payment', 'reversed', 'cancelled', 'canceled')";

    /** Interactions in which a customer asks or reports something, unlike orders, invoices and notes. */
    private static final String CONVERSATION = "kind IN ('call', 'email', 'chat', 'meeting', 'case',"
            + " 'surveyResponse')";

    /**
     * How many search terms a search looks at, at most: a word that starts the terms of more customers than
     * this (a common first name in a large store) lists some of them until the user types more.
     */
    public static final int CANDIDATES = 2_000;

    private final HistoryStore store;

    public CustomerViews(HistoryStore store) {
        this.store = store;
    }

    /**
     * Active customers matching {@code text} as typed: each word typed starts a word of a name or e-mail
     * address, an e-mail address or its domain, a source system's id (with or without the record source
     * prefix) or the tail of a phone number's digits (see {@link SearchTerms}). Blank text finds nobody.
     * Served by an index from the rarest word typed, so its time depends on how many customers match (at
     * most {@link #CANDIDATES} are looked at), not on how many the store has.
     */
    public List<Customer> search(String text, int limit) {
        List<String> words = new ArrayList<>(SearchTerms.queryWords(text));
        if (words.isEmpty()) {
            return List.of();
        }
        // In a transaction, so that PostgreSQL plans each LIKE for its actual prefix, which an index serves
        // (H2 searches a range of the index instead: Dialect.startsWith).
        Dialect dialect = store.dialect();
        return store.jdbi().inTransaction(handle -> dialect.planEachExecution(handle, () -> {
            if (words.size() > 1) {
                // The rarest word drives the search; the others only check its candidates.
                Map<String, Integer> matches = new HashMap<>();
                for (String word : words) {
                    Query count = handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM search_term WHERE "
                            + dialect.startsWith("term", "term") + " FETCH FIRST " + CANDIDATES + " ROWS ONLY)"
                            + " AS probe");
                    dialect.bindStartOf(count, "term", word);
                    matches.put(word, count.mapTo(Integer.class).one());
                }
                words.sort(Comparator.comparing(matches::get));
            }
            String candidates = candidates(dialect, words);
            String endOfPhone = endOfPhone(words);
            if (endOfPhone != null) {
                // Digits typed alone may also be the last digits of a phone number: its reversed term.
                candidates = "SELECT customer_id FROM ((" + candidates + " FETCH FIRST " + CANDIDATES
                        + " ROWS ONLY) UNION ALL (SELECT r.customer_id FROM search_term r WHERE "
                        + dialect.startsWith("r.term", "reversed") + " FETCH FIRST " + CANDIDATES + " ROWS ONLY))"
                        + " AS either";
            }
            // The candidates are a derived table, read once: as an IN (...) with FETCH FIRST, PostgreSQL may
            // run the limited subquery again for every customer.
            Query query = handle.createQuery("SELECT DISTINCT " + HistoryStore.CUSTOMER_COLUMNS + " FROM ("
                    + candidates + " FETCH FIRST " + CANDIDATES + " ROWS ONLY) AS found JOIN customer"
                    + " ON customer.id = found.customer_id WHERE merged_into IS NULL ORDER BY display_name, id"
                    + " FETCH FIRST :limit ROWS ONLY").bind("limit", limit);
            for (int i = 0; i < words.size(); i++) {
                dialect.bindStartOf(query, "term" + i, words.get(i));
            }
            if (endOfPhone != null) {
                dialect.bindStartOf(query, "reversed", endOfPhone);
            }
            return query.map(HistoryStore.CUSTOMER).list();
        }));
    }

    /** The customers with a term that each of {@code words} starts, the first (rarest) word leading. */
    private static String candidates(Dialect dialect, List<String> words) {
        StringBuilder candidates = new StringBuilder("SELECT t0.customer_id FROM search_term t0 WHERE ")
                .append(dialect.startsWith("t0.term", "term0"));
        for (int i = 1; i < words.size(); i++) {
            candidates.append(" AND EXISTS (SELECT 1 FROM search_term t").append(i).append(" WHERE t").append(i)
                    .append(".customer_id = t0.customer_id AND ")
                    .append(dialect.startsWith("t" + i + ".term", "term" + i)).append(')');
        }
        return candidates.toString();
    }

    /** The reversed-digits term that finds phone numbers ending in what was typed, or {@code null}. */
    private static String endOfPhone(List<String> words) {
        if (words.size() != 1 || words.get(0).length() < SearchTerms.MIN_PHONE_TAIL
                || !words.get(0).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return SearchTerms.reversedDigits(words.get(0));
    }

    /** The card of customer {@code customerId}, or {@code null} when there is no such active customer. */
    public CustomerCard card(long customerId) {
        Customer customer = store.customer(customerId);
        if (customer == null) {
            return null;
        }
        return new CustomerCard(customer, store.identities(customerId), store.merges(customerId));
    }

    /** The customer's interactions across systems that pass {@code filter}, newest first. */
    public List<TimelineEntry> timeline(long customerId, TimelineFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + TimelineRows.COLUMNS
                + " FROM interaction WHERE customer_id = :customer AND deleted = FALSE");
        if (filter.channel() != null) {
            sql.append(" AND channel = :channel");
        }
        if (filter.stageId() != null) {
            sql.append(" AND stage_element_id = :stage");
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
        }
        if (filter.until() != null) {
            sql.append(" AND occurred_at < :until");
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC FETCH FIRST :limit ROWS ONLY");
        return store.jdbi().withHandle(handle -> {
            Query query = handle.createQuery(sql.toString()).bind("customer", customerId)
                    .bind("limit", filter.limit());
            bindIfSet(query, "channel", filter.channel());
            bindIfSet(query, "stage", filter.stageId());
            bindIfSet(query, "from", filter.from());
            bindIfSet(query, "until", filter.until());
            return query.map(TimelineRows.MAPPER).list();
        });
    }

    /**
     * "Context before you answer": what the customer asked or reported in the {@code days} days before
     * {@code now}, on any channel and in any system (calls, e-mails, chats, meetings, cases, survey
     * responses), newest first, at most {@code limit}. A rep taking a call sees yesterday's chat and the case.
     */
    public List<TimelineEntry> recentConversations(long customerId, OffsetDateTime now, int days, int limit) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT " + TimelineRows.COLUMNS
                + " FROM interaction WHERE customer_id = :customer AND deleted = FALSE AND occurred_at >= :since"
                + " AND occurred_at <= :now AND " + CONVERSATION
                + " ORDER BY occurred_at DESC, id DESC FETCH FIRST :limit ROWS ONLY").bind("customer", customerId)
                .bind("since", now.minusDays(days)).bind("now", now).bind("limit", limit)
                .map(TimelineRows.MAPPER).list());
    }

    /**
     * The customer's current journey stage: the modelled stage (element id) of their newest interaction
     * that was classified to one, or {@code null} when none was.
     */
    public String currentStageId(long customerId) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT stage_element_id FROM interaction"
                + " WHERE customer_id = :customer AND deleted = FALSE AND stage_element_id IS NOT NULL"
                + " ORDER BY occurred_at DESC, id DESC FETCH FIRST 1 ROWS ONLY").bind("customer", customerId)
                .mapTo(String.class).findOne().orElse(null));
    }

    /** The channels the customer's interactions happened on, for a channel filter. */
    public List<String> channels(long customerId) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT DISTINCT channel FROM interaction"
                + " WHERE customer_id = :customer AND deleted = FALSE AND channel IS NOT NULL ORDER BY channel")
                .bind("customer", customerId).mapTo(String.class).list());
    }

    /** The journey stages (model element ids) the customer's interactions were classified to, for a filter. */
    public List<String> stageIds(long customerId) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT DISTINCT stage_element_id FROM"
                + " interaction WHERE customer_id = :customer AND deleted = FALSE AND stage_element_id IS NOT NULL"
                + " ORDER BY stage_element_id").bind("customer", customerId).mapTo(String.class).list());
    }

    /** Open cases, unpaid invoices and the latest survey score of customer {@code customerId}. */
    public AccountStatus status(long customerId) {
        return store.jdbi().withHandle(handle -> {
            int openCases = count(handle, customerId, OPEN_CASE);
            int unpaid = count(handle, customerId, UNPAID_INVOICE);
            BigDecimal amount = handle.createQuery("SELECT COALESCE(SUM(amount), 0) FROM interaction"
                    + " WHERE customer_id = :customer AND deleted = FALSE AND " + UNPAID_INVOICE)
                    .bind("customer", customerId).mapTo(BigDecimal.class).one();
            var survey = handle.createQuery("SELECT survey_score, occurred_at FROM interaction"
                    + " WHERE customer_id = :customer AND deleted = FALSE AND survey_score IS NOT NULL"
                    + " ORDER BY occurred_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                    .bind("customer", customerId)
                    .map((rs, ctx) -> new AccountStatus(openCases, unpaid, amount, rs.getDouble(1),
                            rs.getObject(2, OffsetDateTime.class)))
                    .findOne();
            return survey.orElse(new AccountStatus(openCases, unpaid, amount, null, null));
        });
    }

    private static int count(Handle handle, long customerId, String condition) {
        return handle.createQuery("SELECT COUNT(*) FROM interaction WHERE customer_id = :customer"
                + " AND deleted = FALSE AND " + condition).bind("customer", customerId).mapTo(Integer.class).one();
    }

    private static void bindIfSet(Query query, String name, Object value) {
        if (value != null) {
            query.bind(name, value);
        }
    }
}
