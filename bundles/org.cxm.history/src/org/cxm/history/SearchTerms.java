package org.cxm.history;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The words by which search as you type finds a source customer (table {@code search_term}): each word of
 * its names, its e-mail addresses whole, by domain and by word, the digits of its phone numbers with and
 * without the country code and read backwards (so that a national number or the last digits "345678" find
 * "+31612345678"), other identifiers, and its source id whole and without the record-source prefix. Terms are lower case without accents, so "jose"
 * finds "José". Whoever writes a source customer's identities writes its terms with them.
 */
public final class SearchTerms {

    // Statements stay private: a public String constant would be compiled into the bundles that use it, which
    // would then write the old columns after an update of this bundle alone.
    private static final String INSERT = "INSERT INTO search_term (customer_id, source_system, source_id, term)"
            + " VALUES (:customer, :system, :id, :term)";

    private static final int MAX_LENGTH = 100;

    /** The fewest digits typed that find a phone number by its end. */
    static final int MIN_PHONE_TAIL = 4;

    private static final int MAX_COUNTRY_CODE = 3;

    /** Starts the term of a phone number's digits read backwards, which no other term starts with. */
    private static final char REVERSED = '~';

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private final Set<String> terms = new LinkedHashSet<>();

    /** Adds each word of {@code name}, hyphenated words whole and in parts; {@code null} adds nothing. */
    public SearchTerms name(String name) {
        for (String token : SPACES.split(normalized(name))) {
            words(token);
        }
        return this;
    }

    /** Adds an identifier's normalised value of kind EMAIL, PHONE or another kind. */
    public SearchTerms identifier(String kind, String value) {
        String normal = normalized(value);
        if (normal.isEmpty()) {
            return this;
        }
        switch (kind) {
            case "EMAIL" -> {
                add(normal);
                int at = normal.indexOf('@');
                if (at >= 0) {
                    add(normal.substring(at + 1));
                    words(normal.substring(0, at));
                }
            }
            case "PHONE" -> {
                String digits = normal.replaceAll("[^0-9]", "");
                // With and without a country code of one to three digits, so that the number is found as
                // typed from its start, internationally or nationally; and reversed, for its last digits.
                for (int start = 0; start <= MAX_COUNTRY_CODE && digits.length() - start >= MIN_PHONE_TAIL; start++) {
                    add(digits.substring(start));
                }
                if (digits.length() >= MIN_PHONE_TAIL) {
                    add(reversedDigits(digits));
                }
            }
            default -> words(normal);
        }
        return this;
    }

    /** Adds a source id such as {@code contacts:4711}: whole, and the part after the record source prefix. */
    public SearchTerms sourceId(String sourceId) {
        String normal = normalized(sourceId);
        add(normal);
        int colon = normal.lastIndexOf(':');
        if (colon >= 0) {
            add(normal.substring(colon + 1));
        }
        return this;
    }

    /** The terms added so far, in the order first added. */
    public Set<String> terms() {
        return Set.copyOf(terms);
    }

    /** A batch that inserts terms; fill it with {@link #bind}, then execute it. */
    public static PreparedBatch insertBatch(Handle handle) {
        return handle.prepareBatch(INSERT);
    }

    /** Removes the terms of source customer {@code system}/{@code sourceId}, before they are written again. */
    public static void delete(Handle handle, String system, String sourceId) {
        handle.createUpdate("DELETE FROM search_term WHERE source_id = :id AND source_system = :system")
                .bind("system", system).bind("id", sourceId).execute();
    }

    /** A batch that removes the terms of source customers, filled with {@link #bindDelete}, then executed. */
    public static PreparedBatch deleteBatch(Handle handle) {
        return handle.prepareBatch("DELETE FROM search_term WHERE source_id = :id AND source_system = :system");
    }

    /** Adds the removal of the terms of source customer {@code system}/{@code sourceId} to {@code batch}. */
    public static void bindDelete(PreparedBatch batch, String system, String sourceId) {
        batch.bind("system", system).bind("id", sourceId).add();
    }

    /** Moves every term of golden customer {@code from} to {@code to}, with a merge. */
    public static void moveCustomer(Handle handle, long from, long to) {
        handle.createUpdate("UPDATE search_term SET customer_id = :to WHERE customer_id = :from").bind("to", to)
                .bind("from", from).execute();
    }

    /** Moves the terms of source customer {@code system}/{@code sourceId} to golden customer {@code customer}. */
    public static void moveTo(Handle handle, String system, String sourceId, long customer) {
        handle.createUpdate("UPDATE search_term SET customer_id = :customer WHERE source_id = :id"
                + " AND source_system = :system").bind("customer", customer).bind("system", system).bind("id", sourceId)
                .execute();
    }

    /** The rows of search terms that {@link #addTo} fills, to be written at once (COPY on PostgreSQL). */
    public static BulkRows rows() {
        return BulkRows.into("search_term", "customer_id", "source_system", "source_id", "term");
    }

    /** Adds one row per term of the source customer {@code system}/{@code sourceId} to {@code rows}. */
    public void addTo(BulkRows rows, long customer, String system, String sourceId) {
        for (String term : terms) {
            rows.add(customer, system, sourceId, term);
        }
    }

    /** Adds one insert per term of the source customer {@code system}/{@code sourceId} to {@code batch}. */
    public void bind(PreparedBatch batch, long customer, String system, String sourceId) {
        for (String term : terms) {
            batch.bind("customer", customer).bind("system", system).bind("id", sourceId).bind("term", term).add();
        }
    }

    /**
     * The words {@code typed} into a search field, normalised like terms; a customer is found when each word
     * starts one of their terms. Something typed like a phone number is one word of its digits, without
     * the national trunk prefix 0.
     */
    static List<String> queryWords(String typed) {
        String normal = normalized(typed);
        List<String> words = new ArrayList<>();
        if (normal.matches("[0-9 +()/.-]+") && normal.replaceAll("[^0-9]", "").length() >= 3) {
            String digits = normal.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
            words.add(digits);
            return words;
        }
        for (String word : SPACES.split(normal)) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
        return words;
    }

    /**
     * Writes the terms of every source customer in the store again from its names and identities: for
     * stores created before search terms existed, and after bulk loads that bypass the sync.
     */
    public static int rebuild(Handle handle) {
        handle.execute("DELETE FROM search_term");
        PreparedBatch batch = handle.prepareBatch(INSERT);
        int written = 0;
        try (ResultIterator<SourceRow> rows = handle.createQuery("SELECT s.customer_id, s.source_system,"
                + " s.source_id, s.display_name, s.first_name, s.last_name, s.company, i.kind, i.normalized_value"
                + " FROM source_customer s LEFT JOIN customer_identity i ON i.source_system = s.source_system"
                + " AND i.source_id = s.source_id ORDER BY s.source_system, s.source_id").setFetchSize(1_000)
                .map((rs, ctx) -> new SourceRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .iterator()) {
            SourceRow source = null;
            SearchTerms terms = null;
            while (rows.hasNext()) {
                SourceRow row = rows.next();
                if (source == null || !row.system().equals(source.system()) || !row.id().equals(source.id())) {
                    if (source != null) {
                        terms.bind(batch, source.customer(), source.system(), source.id());
                        written++;
                    }
                    source = row;
                    terms = new SearchTerms().sourceId(row.id()).name(row.displayName()).name(row.firstName())
                            .name(row.lastName()).name(row.company());
                }
                if (row.kind() != null) {
                    terms.identifier(row.kind(), row.value());
                }
                if (batch.size() >= 5_000) {
                    batch.execute();
                    batch = handle.prepareBatch(INSERT);
                }
            }
            if (source != null) {
                terms.bind(batch, source.customer(), source.system(), source.id());
                written++;
            }
        }
        if (batch.size() > 0) {
            batch.execute();
        }
        return written;
    }

    /** A source customer with one of its identities, as {@link #rebuild} reads them. */
    private record SourceRow(long customer, String system, String id, String displayName, String firstName,
            String lastName, String company, String kind, String value) {
    }

    /**
     * The term that finds phone numbers ending in {@code digits}: their digits read backwards start with it,
     * so an index serves "ends with" like it serves "starts with".
     */
    static String reversedDigits(String digits) {
        return REVERSED + new StringBuilder(digits).reverse().toString();
    }

    private void words(String token) {
        if (token.isEmpty()) {
            return;
        }
        add(token);
        for (String word : PUNCTUATION.split(token)) {
            add(word);
        }
    }

    private void add(String term) {
        if (!term.isEmpty()) {
            terms.add(term.length() > MAX_LENGTH ? term.substring(0, MAX_LENGTH) : term);
        }
    }

    /** Lower case, accents removed, outer spaces stripped; {@code null} becomes empty. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return ACCENTS.matcher(decomposed).replaceAll("");
    }
}
