package org.cxm.connector.api.tests;

import java.util.List;
import java.util.Map;

import org.cxm.connector.api.internal.ApiConnector;
import org.cxm.connector.jdbc.internal.JdbcConnector;
import org.cxm.history.HistoryStore;
import org.cxm.model.CxModel;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;

/** Sync runs of the tests, with the credentials the test servers expect in the engine's environment. */
final class Syncs {

    static final Map<String, String> ENVIRONMENT = Map.of("ODOO_API_KEY", SourceDatabases.ODOO_API_KEY,
            "FRAPPE_API_SECRET", FrappeRestApi.API_SECRET, "TEST_TOKEN", FeedApi.TOKEN, "TEST_CLIENT_SECRET", FeedApi.CLIENT_SECRET);

    private Syncs() {
    }

    static SyncSummary api(HistoryStore store, CxModel... models) {
        return api(store, SyncOptions.defaults(), models);
    }

    static SyncSummary api(HistoryStore store, SyncOptions options, CxModel... models) {
        return new SyncEngine(List.of(new ApiConnector()), ENVIRONMENT::get).run(List.of(models), store, options);
    }

    static SyncSummary jdbc(HistoryStore store, CxModel... models) {
        return new SyncEngine(List.of(new JdbcConnector()), ENVIRONMENT::get).run(List.of(models), store,
                SyncOptions.defaults());
    }
}
