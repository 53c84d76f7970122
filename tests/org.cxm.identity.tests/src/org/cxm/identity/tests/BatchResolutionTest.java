package org.cxm.identity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cxm.history.HistoryStore;
import org.cxm.identity.CustomerMerger;
import org.cxm.identity.GoldenRecords;
import org.cxm.identity.IdentifierNormalizer;
import org.cxm.identity.IdentityResolver;
import org.cxm.identity.MatchRules;
import org.cxm.identity.NormalizedIdentifier;
import org.cxm.identity.Resolution;
import org.cxm.identity.SourceCustomer;
import org.cxm.model.CxmFactory;
import org.cxm.model.IdentifierKind;
import org.cxm.model.IdentityResolution;
import org.cxm.model.SurvivorshipStrategy;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.TestStores;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Resolving a batch of source customers at once ends exactly as resolving them one by one: the same
 * customers with the same source customers, the same number of merges with the same reasons, the same
 * golden records. Checked on messy data from three systems sharing e-mails and phones in a small pool (so
 * most customers collide, in the batch and with the store), in several rounds that change identifiers,
 * delete source customers, repeat a source customer within a batch and unmerge a pair in between.
 */
class BatchResolutionTest {

    static final List<String> STORES = TestStores.kinds();

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    private static final String[] SYSTEMS = { "CRM", "ERP", "Support" };

    @ParameterizedTest
    @FieldSource("STORES")
    void aBatchEndsAsResolvingOneByOne(String kind) throws Exception {
        MatchRules rules = MatchRules.of(rulesWithABlockedSwitchboard());
        try (HistoryStore batched = HistoryStore.open(TestStores.of(kind));
                HistoryStore oneByOne = HistoryStore.open(TestStores.h2())) {
            Random random = new Random(7);
            IdentifierNormalizer normalizer = new IdentifierNormalizer("DE");
            for (int round = 0; round < 4; round++) {
                List<SourceCustomer> customers = round(random, normalizer, round);
                for (int from = 0; from < customers.size(); from += 60) {
                    List<SourceCustomer> batch = customers.subList(from, Math.min(customers.size(), from + 60));
                    List<Resolution> all = batched.jdbi().inTransaction(handle -> new IdentityResolver(rules)
                            .resolveAll(handle, batch));
                    List<Resolution> single = oneByOne.jdbi().inTransaction(handle -> {
                        List<Resolution> resolutions = new ArrayList<>();
                        IdentityResolver resolver = new IdentityResolver(rules);
                        batch.forEach(customer -> resolutions.add(resolver.resolve(handle, customer)));
                        return resolutions;
                    });
                    assertSameLines(merges(single), merges(all), "round " + round + ", batch from " + from);
                }
                if (round == 1) {
                    unmergeTheFirstMerge(batched);
                    unmergeTheFirstMerge(oneByOne);
                }
                assertSameLines(List.copyOf(customersOf(oneByOne)), List.copyOf(customersOf(batched)), "round " + round);
                assertSameLines(journal(oneByOne), journal(batched), "round " + round);
            }
            assertTrue(journal(batched).size() > 100, "the data collides enough to test merges: "
                    + journal(batched).size());
        }
    }

    /** Fails with the first line that differs, rather than with both lists whole. */
    private static void assertSameLines(List<String> expected, List<String> actual, String where) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), where + ", line " + i);
        }
        assertEquals(expected.size(), actual.size(), where + ": number of lines");
    }

    /** 300 source customers of one round, a tenth of them repeated later in the round with other values. */
    private static List<SourceCustomer> round(Random random, IdentifierNormalizer normalizer, int round) {
        List<SourceCustomer> customers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            customers.add(customer(random, normalizer, SYSTEMS[random.nextInt(3)], "r" + random.nextInt(400), round));
            if (random.nextInt(10) == 0) {
                SourceCustomer again = customers.get(random.nextInt(customers.size()));
                customers.add(customer(random, normalizer, again.system(), again.sourceId(), round));
            }
        }
        return customers;
    }

    private static SourceCustomer customer(Random random, IdentifierNormalizer normalizer, String system, String id,
            int round) {
        List<NormalizedIdentifier> identifiers = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            identifiers.add(normalizer.normalize(IdentifierKind.EMAIL, "Person" + random.nextInt(500)
                    + "@Example.com "));
        }
        if (random.nextInt(3) > 0) {
            String phone = random.nextInt(25) == 0 ? "030 1234 5600" : "0151 " + (2000000 + random.nextInt(400));
            identifiers.add(normalizer.normalize(IdentifierKind.PHONE, phone));
        }
        if (random.nextInt(20) == 0) {
            identifiers.add(normalizer.normalize(IdentifierKind.TAX_ID, "DE-" + random.nextInt(50)));
        }
        String name = random.nextInt(4) == 0 ? null : "Name " + random.nextInt(1000);
        boolean deleted = round > 0 && random.nextInt(15) == 0;
        return new SourceCustomer(system, id, 1 + List.of(SYSTEMS).indexOf(system),
                OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusMinutes(random.nextInt(100000)), name,
                null, "Last " + random.nextInt(50), null, identifiers, deleted,
                Integer.toHexString(random.nextInt()));
    }

    /** Same e-mail, same phone, same tax id; the shared switchboard number never merges. */
    private static IdentityResolution rulesWithABlockedSwitchboard() {
        IdentityResolution resolution = CxmFactory.eINSTANCE.createIdentityResolution();
        for (IdentifierKind kind : List.of(IdentifierKind.EMAIL, IdentifierKind.PHONE, IdentifierKind.TAX_ID)) {
            var rule = CxmFactory.eINSTANCE.createMatchRule();
            rule.setName("same " + kind.getLiteral());
            rule.setKind(kind);
            resolution.getMatchRules().add(rule);
        }
        var blocked = CxmFactory.eINSTANCE.createBlockedValue();
        blocked.setKind(IdentifierKind.PHONE);
        blocked.setPattern("\\+4930123456.*");
        resolution.getBlockedValues().add(blocked);
        return resolution;
    }

    private static List<String> merges(List<Resolution> resolutions) {
        return resolutions.stream().map(resolution -> resolution.created() + " " + resolution.changed() + " "
                + resolution.merges()).toList();
    }

    /** Every active customer as its golden record and the set of its source customers, in a stable order. */
    private static Set<String> customersOf(HistoryStore store) {
        Map<Long, Set<String>> sources = new TreeMap<>();
        store.jdbi().useHandle(handle -> handle.createQuery("SELECT customer_id, source_system, source_id, deleted"
                + " FROM source_customer").map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2) + "/"
                        + rs.getString(3) + (rs.getBoolean(4) ? " (deleted)" : "")))
                .forEach(entry -> sources.computeIfAbsent(entry.getKey(), id -> new TreeSet<>()).add(entry.getValue())));
        Set<String> customers = new TreeSet<>();
        store.jdbi().useHandle(handle -> handle.createQuery("SELECT id, display_name, last_name, email, phone, tax_id"
                + " FROM customer WHERE merged_into IS NULL").map((rs, ctx) -> sources.getOrDefault(rs.getLong(1),
                        Set.of()) + " " + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6))
                .forEach(customers::add));
        return customers;
    }

    /** The merge journal without ids and times: rule, identifier, moved identities and source customers, undone. */
    private static List<String> journal(HistoryStore store) {
        return store.jdbi().withHandle(handle -> handle.createQuery("SELECT rule, identifier_kind, identifier_value,"
                + " moved_identities, moved_source_customers, undone_at FROM merge_journal ORDER BY id")
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                        + rs.getString(4) + " " + new TreeSet<>(List.of(rs.getString(5).replace('\u001f', '/')
                                .split("\n"))) + " "
                        + (rs.getObject(6) != null))
                .list());
    }

    private static void unmergeTheFirstMerge(HistoryStore store) {
        store.jdbi().useTransaction((Handle handle) -> new CustomerMerger().unmerge(handle, handle.createQuery(
                "SELECT MIN(id) FROM merge_journal").mapTo(Long.class).one(),
                new GoldenRecords(SurvivorshipStrategy.SOURCE_PRIORITY)));
    }
}
