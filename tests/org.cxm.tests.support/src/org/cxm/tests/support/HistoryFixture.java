package org.cxm.tests.support;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;

import org.cxm.history.HistoryStore;
import org.cxm.history.SearchTerms;
import org.cxm.model.Touchpoint;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes customer-history rows straight into a store, as a sync would leave them, for tests of the views
 * over the store (Customer 360, integration monitoring) that need exact, small data.
 */
public final class HistoryFixture {

    private static final Set<String> INTERACTION_DETAILS = Set.of("status", "payment_status", "amount",
            "currency", "survey_score", "stage_element_id", "touchpoint_element_id", "channel_element_id");

    private final Jdbi jdbi;

    public HistoryFixture(HistoryStore store) {
        this.jdbi = store.jdbi();
    }

    /**
     * A golden customer record; returns its id. Search finds it by its name, e-mail and phone, as if a source
     * system {@value #GOLDEN} held them.
     */
    public long customer(String name, String email, String phone) {
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO customer (display_name, email, phone, created_at,"
                + " updated_at) VALUES (:name, :email, :phone, :now, :now)").bind("name", name).bind("email", email)
                .bind("phone", phone).bind("now", OffsetDateTime.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        SearchTerms terms = new SearchTerms().name(name);
        if (email != null) {
            terms.identifier("EMAIL", email);
        }
        if (phone != null) {
            terms.identifier("PHONE", phone);
        }
        searchTerms(terms, id, GOLDEN, "customer:" + id);
        return id;
    }

    /** The source system under which {@link #customer} writes the golden record's search terms. */
    public static final String GOLDEN = "fixture";

    private void searchTerms(SearchTerms terms, long customer, String system, String sourceId) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = SearchTerms.insertBatch(h);
            terms.bind(batch, customer, system, sourceId);
            batch.execute();
        });
    }

    /** The customer as source system {@code system} knows it, under {@code sourceId}. */
    public void sourceCustomer(long customer, String system, String sourceId, String name) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO source_customer (source_system, source_id, customer_id,"
                + " display_name, source_priority, deleted, content_hash) VALUES (:system, :source, :customer,"
                + " :name, 1, FALSE, 'h')").bind("system", system).bind("source", sourceId)
                .bind("customer", customer).bind("name", name).execute());
        searchTerms(new SearchTerms().sourceId(sourceId).name(name), customer, system, sourceId);
    }

    /** An identifier ({@code EMAIL}, {@code PHONE}, {@code TAX_ID}, {@code EXTERNAL_ID}) a system holds. */
    public void identity(long customer, String system, String sourceId, String kind, String value) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO customer_identity (customer_id, source_system, source_id,"
                + " kind, normalized_value, raw_value) VALUES (:customer, :system, :source, :kind, :value, :value)")
                .bind("customer", customer).bind("system", system).bind("source", sourceId).bind("kind", kind)
                .bind("value", value).execute());
        searchTerms(new SearchTerms().identifier(kind, value), customer, system, sourceId);
    }

    /** An interaction of the customer; returns its id. */
    public long interaction(long customer, String system, String recordId, OffsetDateTime at, String kind,
            String channel, String subject) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO interaction (source_system, source_record_id,"
                + " record_source, customer_id, occurred_at, kind, channel, subject, deleted, content_hash,"
                + " synced_at) VALUES (:system, :record, 'fixture', :customer, :at, :kind, :channel, :subject,"
                + " FALSE, 'h', :at)").bind("system", system).bind("record", recordId).bind("customer", customer)
                .bind("at", at).bind("kind", kind).bind("channel", channel).bind("subject", subject)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * Interactions of the customer at {@code touchpoints}, in that order, {@code step} apart from
     * {@code start}, each classified to its touchpoint; their record ids are {@code prefix} and a number.
     */
    public void walk(long customer, String system, String prefix, OffsetDateTime start, Duration step,
            Touchpoint... touchpoints) {
        for (int i = 0; i < touchpoints.length; i++) {
            long id = interaction(customer, system, prefix + i, start.plus(step.multipliedBy(i)), "other", "web",
                    touchpoints[i].getName());
            detail(id, "touchpoint_element_id", touchpoints[i].getId());
        }
    }

    /** Sets a detail (status, payment_status, amount, survey_score, element ids...) of an interaction. */
    public HistoryFixture detail(long interaction, String column, Object value) {
        if (!INTERACTION_DETAILS.contains(column)) {
            throw new IllegalArgumentException("not an interaction detail: " + column);
        }
        jdbi.useHandle(h -> h.createUpdate("UPDATE interaction SET " + column + " = :value WHERE id = :id")
                .bind("value", value).bind("id", interaction).execute());
        return this;
    }

    /** Records that {@code merged} was merged into {@code survivor} by {@code rule} on a shared identifier. */
    public long merge(long survivor, long merged, String rule, String kind, String value) {
        return jdbi.withHandle(h -> {
            h.createUpdate("UPDATE customer SET merged_into = :survivor WHERE id = :merged")
                    .bind("survivor", survivor).bind("merged", merged).execute();
            return h.createUpdate("INSERT INTO merge_journal (merged_at, rule, identifier_kind, identifier_value,"
                    + " survivor_id, merged_id, moved_identities, moved_source_customers, moved_interactions)"
                    + " VALUES (:at, :rule, :kind, :value, :survivor, :merged, '[]', '[]', '[]')")
                    .bind("at", OffsetDateTime.now()).bind("rule", rule).bind("kind", kind).bind("value", value)
                    .bind("survivor", survivor).bind("merged", merged)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    /** A finished sync run that read {@code read} records and inserted {@code inserted}; returns its id. */
    public long syncRun(OffsetDateTime started, Duration took, String status, long read, long inserted,
            long deadLettered) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO sync_run (started_at, finished_at, status,"
                + " records_read, inserted, updated, deleted, merged, dead_lettered) VALUES (:started, :finished,"
                + " :status, :read, :inserted, 0, 0, 0, :dead)").bind("started", started)
                .bind("finished", started.plus(took)).bind("status", status).bind("read", read)
                .bind("inserted", inserted).bind("dead", deadLettered)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** A record of run {@code run} that could not be stored, and why. */
    public void deadLetter(long run, String system, String recordSource, String recordId, String reason) {
        deadLetter(run, system, recordSource, recordId, reason, "{}");
    }

    /** As {@link #deadLetter(long, String, String, String, String)}, with the raw record as the sync keeps it. */
    public void deadLetter(long run, String system, String recordSource, String recordId, String reason,
            String raw) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO dead_letter (run_id, source_system, record_source,"
                + " source_record_id, reason, raw_record, created_at) VALUES (:run, :system, :source, :record,"
                + " :reason, :raw, :now)").bind("run", run).bind("system", system).bind("source", recordSource)
                .bind("record", recordId).bind("reason", reason).bind("raw", raw).bind("now", OffsetDateTime.now())
                .execute());
    }
}
