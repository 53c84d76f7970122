package org.cxm.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.cxm.history.internal.DataSources;
import org.cxm.history.internal.Dialect;
import org.cxm.history.internal.Migrations;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The unified customer history: golden customers, their identities per source system, interactions with
 * the model elements they realise, and the bookkeeping of synchronisation. Opening a store brings its
 * schema up to date.
 */
public final class HistoryStore implements AutoCloseable {

    private final StoreLocation location;

    private final Jdbi jdbi;

    private final Dialect dialect;

    private final javax.sql.DataSource dataSource;

    private HistoryStore(StoreLocation location, javax.sql.DataSource dataSource, Jdbi jdbi, Dialect dialect) {
        this.location = location;
        this.dataSource = dataSource;
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    /** Opens (and migrates) the store at {@code location}. */
    public static HistoryStore open(StoreLocation location) throws StoreException {
        Dialect dialect = Dialect.of(location.jdbcUrl());
        if (dialect == null) {
            throw new StoreException("Cannot open the store " + location + ": only jdbc:h2:... (embedded) and"
                    + " jdbc:postgresql://host/database are supported", null);
        }
        // Probe without the pool, which would wait for its connection timeout before giving up.
        try (Connection probe = DataSources.of(location).getConnection()) {
            probe.isValid(5);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Cannot open the store " + location + ": " + rootMessage(e), e);
        }
        javax.sql.DataSource dataSource = DataSources.pooled(location);
        Jdbi jdbi = Jdbi.create(dataSource);
        try {
            Migrations.migrate(jdbi, dialect);
            jdbi.useTransaction(HistoryStore::writeMissingSearchTerms);
        } catch (JdbiException | IllegalStateException e) {
            DataSources.close(dataSource);
            throw new StoreException("Cannot migrate the store " + location + ": " + rootMessage(e), e);
        }
        return new HistoryStore(location, dataSource, jdbi, dialect);
    }

    /**
     * Writes the search terms of a store whose customers were synced before search terms existed (the V3
     * migration adds the empty table), so that search finds them at once.
     */
    private static void writeMissingSearchTerms(Handle handle) {
        boolean customers = handle.createQuery("SELECT 1 FROM source_customer FETCH FIRST 1 ROWS ONLY")
                .mapTo(Integer.class).findOne().isPresent();
        boolean terms = handle.createQuery("SELECT 1 FROM search_term FETCH FIRST 1 ROWS ONLY")
                .mapTo(Integer.class).findOne().isPresent();
        if (customers && !terms) {
            SearchTerms.rebuild(handle);
        }
    }

    /** Closes the store's connections; the store cannot be used afterwards. */
    @Override
    public void close() {
        DataSources.close(dataSource);
    }

    /** Whether {@link #close()} ran, so that the store holds no connection any more. */
    public boolean isClosed() {
        return DataSources.isClosed(dataSource);
    }

    public StoreLocation location() {
        return location;
    }

    /** JDBI over the store, for the bundles that write it (sync) and read it in ways not offered here. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The SQL that differs between H2 and PostgreSQL, for the store classes of this bundle. */
    Dialect dialect() {
        return dialect;
    }

    /**
     * Runs a batch's look-ups in {@code handle}'s transaction with each statement planned for its actual
     * parameters (on PostgreSQL; H2 always does), as look-ups of a few keys among millions need.
     */
    public <T> T planEachExecution(Handle handle, Supplier<T> lookups) {
        return dialect.planEachExecution(handle, lookups);
    }

    /** The active (not merged away) customer with {@code id}, or {@code null}. */
    public Customer customer(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + CUSTOMER_COLUMNS
                + " FROM customer WHERE id = :id AND merged_into IS NULL").bind("id", id)
                .map(CUSTOMER)
                .findOne().orElse(null));
    }

    /**
     * The active customers one of whose identities has {@code normalizedValue}, whatever its kind (email,
     * phone, tax id, external id), or whose id in a source system is {@code normalizedValue}, with or
     * without the record source prefix ({@code contacts:4711} or {@code 4711}).
     */
    public List<Customer> customersByIdentifier(String normalizedValue) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + CUSTOMER_COLUMNS + " FROM customer"
                + " WHERE merged_into IS NULL AND id IN (SELECT customer_id FROM customer_identity"
                + " WHERE normalized_value = :value UNION SELECT customer_id FROM source_customer"
                + " WHERE source_id = :value OR source_id LIKE :suffix ESCAPE '!') ORDER BY id")
                .bind("value", normalizedValue).bind("suffix", "%:" + Dialect.likeEscaped(normalizedValue))
                .map(CUSTOMER)
                .list());
    }

    /** The identifiers the source systems hold for customer {@code customerId}, by system. */
    public List<CustomerIdentity> identities(long customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT source_system, source_id, kind, normalized_value"
                + " FROM customer_identity WHERE customer_id = :customer ORDER BY source_system, source_id, kind")
                .bind("customer", customerId)
                .map((rs, ctx) -> new CustomerIdentity(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list());
    }

    /** The merges that made customer {@code customerId} what it is (it survived them), newest first. */
    public List<MergeRecord> merges(long customerId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + MERGE_COLUMNS + " FROM merge_journal"
                + " WHERE survivor_id = :customer OR merged_id = :customer ORDER BY merged_at DESC, id DESC")
                .bind("customer", customerId).map(MERGE).list());
    }

    /** The newest {@code limit} interactions of customer {@code customerId}, newest first. */
    public List<TimelineEntry> timeline(long customerId, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + TimelineRows.COLUMNS + " FROM interaction"
                + " WHERE customer_id = :customer AND deleted = FALSE ORDER BY occurred_at DESC, id DESC"
                + " FETCH FIRST :limit ROWS ONLY")
                .bind("customer", customerId).bind("limit", limit)
                .map(TimelineRows.MAPPER)
                .list());
    }

    static final String MERGE_COLUMNS = "id, merged_at, rule, identifier_kind, identifier_value, survivor_id,"
            + " merged_id, undone_at";

    static final RowMapper<MergeRecord> MERGE = (rs, ctx) -> new MergeRecord(rs.getLong("id"),
            rs.getObject("merged_at", OffsetDateTime.class), rs.getString("rule"), rs.getString("identifier_kind"),
            rs.getString("identifier_value"), rs.getLong("survivor_id"), rs.getLong("merged_id"),
            rs.getObject("undone_at", OffsetDateTime.class));

    static final String CUSTOMER_COLUMNS = "id, display_name, email, phone, tax_id, company";

    static final RowMapper<Customer> CUSTOMER = (rs, ctx) -> new Customer(rs.getLong("id"),
            rs.getString("display_name"), rs.getString("email"), rs.getString("phone"), rs.getString("tax_id"),
            rs.getString("company"));

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
