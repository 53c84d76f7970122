package org.cxm.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.cxm.cli.Command;
import org.cxm.history.StoreLocation;
import org.cxm.model.resource.CxmFiles;
import org.cxm.tests.support.CommandRunner;
import org.cxm.tests.support.OpenStores;
import org.cxm.tests.support.SourceDatabase;
import org.cxm.tests.support.SyncFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code cxm sync} and {@code cxm history} as a user runs them, on the embedded store. */
class SyncCommandsTest {

    @RegisterExtension
    final OpenStores stores = new OpenStores();

    @TempDir
    Path folder;

    private final CommandRunner runner = new CommandRunner();

    @Test
    void syncThenShowOneCustomersHistoryWithModelledStageAndTouchpoint() throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            crm.contact("c1", "Ana", "Silva", "ana@example.com", "+49 151 2345678", "2026-11-01 09:00:00");
            crm.call("k1", "c1", "Card blocked", "2026-11-02 10:00:00", "Inbound", "2026-11-02 10:05:00");
            Path model = folder.resolve("crm.cxm");
            CxmFiles.save(new SyncFixture(crm).model.model, model);
            String store = folder.resolve("store").toString();
            stores.watch(StoreLocation.embedded(folder.resolve("store")));

            assertEquals(Command.OK, runner.run("sync", "--model", model.toString(), "--store", store), runner.err());
            assertTrue(runner.out().contains("Read 2, inserted 2, updated 0, deleted 0, merged 0, dead-lettered 0"),
                    runner.out());

            assertEquals(Command.OK, runner.run("history", "+49 151 2345678", "--store", store, "--model",
                    model.toString()), runner.err());
            assertTrue(runner.out().contains("Customer #1  Ana Silva"), runner.out());
            assertTrue(runner.out().contains("Card blocked"), runner.out());
            assertTrue(runner.out().contains("Purchase / purchase on the web"),
                    "the entry names its modelled stage and touchpoint: " + runner.out());
        }
    }

    @Test
    void testSourcesChecksEveryRecordSourceAgainstTheLiveDatabase() throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            SyncFixture fixture = new SyncFixture(crm);
            Path good = folder.resolve("crm.cxm");
            CxmFiles.save(fixture.model.model, good);
            fixture.calls.getFieldMappings().get(1).setColumn("subject_line");
            Path broken = folder.resolve("broken.cxm");
            CxmFiles.save(fixture.model.model, broken);

            assertEquals(Command.OK, runner.run("test-sources", "--model", good.toString()), runner.err());
            assertTrue(runner.out().contains("CRM / calls: ok"), runner.out());
            assertTrue(runner.out().contains("All 3 checks passed."), runner.out());

            assertEquals(Command.FAILED, runner.run("test-sources", "--model", broken.toString()));
            assertTrue(runner.err().contains("CRM / calls: no column subject_line in calls"), runner.err());
            assertTrue(runner.out().contains("1 of 3 checks failed."), runner.out());
        }
    }

    @Test
    void unknownCustomerFails() {
        assertEquals(Command.FAILED, runner.run("history", "nobody@example.com", "--store",
                folder.resolve("empty").toString()));
        assertTrue(runner.err().startsWith("No customer is known by 'nobody@example.com'"), runner.err());
    }

    @Test
    void unreachableStoreIsAClearError() throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            Path model = folder.resolve("crm.cxm");
            CxmFiles.save(new SyncFixture(crm).model.model, model);

            assertEquals(Command.FAILED, runner.run("sync", "--model", model.toString(), "--store",
                    "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1"));

            assertTrue(runner.err().startsWith("error: Cannot open the store jdbc:postgresql://127.0.0.1:1/none"),
                    runner.err());
        }
    }

    @Test
    void invalidModelIsNotSynced() throws Exception {
        try (SourceDatabase crm = new SourceDatabase()) {
            SyncFixture fixture = new SyncFixture(crm);
            fixture.calls.setTable("calls; DROP TABLE calls");
            Path model = folder.resolve("broken.cxm");
            CxmFiles.save(fixture.model.model, model);

            assertEquals(Command.FAILED, runner.run("sync", "--model", model.toString(), "--store",
                    folder.resolve("store").toString()));

            assertTrue(runner.err().contains("has 1 error(s); nothing was synced"), runner.err());
        }
    }

    @Test
    void missingModelIsAUsageError() {
        assertEquals(Command.USAGE, runner.run("sync"));
        assertTrue(runner.err().contains("usage: cxm sync --model <file>"), runner.err());
    }
}
