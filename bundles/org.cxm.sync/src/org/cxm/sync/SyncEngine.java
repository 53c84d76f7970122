package org.cxm.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cxm.history.HistoryStore;
import org.cxm.model.CxModel;
import org.cxm.model.DataSource;
import org.cxm.model.IdentityResolution;
import org.cxm.model.RecordSource;
import org.cxm.sync.internal.DataSourceSync;
import org.cxm.sync.spi.Connector;
import org.cxm.sync.spi.SourceException;
import org.cxm.sync.spi.SourceSession;

/**
 * Synchronises the CRM and ERP records a model maps into the customer history: every data source of the
 * model, each record source incrementally from its cursor, in batches that commit together with their
 * cursor. A source that fails does not stop the others; the summary lists what failed and why.
 */
public final class SyncEngine {

    private final List<Connector> connectors;

    private final CredentialResolver credentials;

    /**
     * An engine for headless runs, whose credential references are environment variables.
     *
     * @param environment resolves {@code env:} credential references, normally {@link System#getenv(String)}
     */
    public SyncEngine(List<Connector> connectors, Function<String, String> environment) {
        this(CredentialResolver.environment(environment), connectors);
    }

    private SyncEngine(CredentialResolver credentials, List<Connector> connectors) {
        this.connectors = List.copyOf(connectors);
        this.credentials = credentials;
    }

    /**
     * An engine that resolves credential references with {@code credentials}, such as the workbench's, which
     * reads {@code secure:} references from Eclipse secure storage. (A factory, not a constructor, so that a
     * lambda for the environment never has two constructors to choose from.)
     */
    public static SyncEngine withCredentials(List<Connector> connectors, CredentialResolver credentials) {
        return new SyncEngine(credentials, connectors);
    }

    public SyncSummary run(CxModel model, HistoryStore store, SyncOptions options) {
        return run(List.of(model), store, options);
    }

    /**
     * Syncs the data sources of all {@code models} in one run, such as a CRM preset and an ERP preset; the
     * identity-resolution rules are those of the first model that has them.
     */
    public SyncSummary run(List<CxModel> models, HistoryStore store, SyncOptions options) {
        Instant started = Instant.now();
        IdentityResolution rules = models.stream().map(CxModel::getIdentityResolution).filter(r -> r != null)
                .findFirst().orElse(null);
        DataSourceSync sync = new DataSourceSync(rules, store, options, credentials);
        List<String> failures = new ArrayList<>();
        for (DataSource source : models.stream().flatMap(m -> m.getDataSources().stream()).toList()) {
            if (sync.cancelRequested()) {
                break;
            }
            Connector connector = connectors.stream().filter(c -> c.supports(source)).findFirst().orElse(null);
            if (connector == null) {
                String failure = source.getName() + ": no connector reads " + address(source);
                failures.add(failure);
                options.listener().failed(failure);
                continue;
            }
            try {
                failures.addAll(sync.run(source, connector));
            } catch (RuntimeException e) {
                // A failure of the store or a bug must not leave the run open or stop the other sources.
                String failure = source.getName() + ": unexpected error: " + e;
                failures.add(failure);
                options.listener().failed(failure);
            }
        }
        return sync.finish(failures, Duration.between(started, Instant.now()));
    }

    /**
     * Tests the data sources of {@code model} without syncing: connects to each (once, without retries) and
     * checks that every record source's table or query and mapped columns exist, reading no records.
     */
    public List<SourceCheck> test(CxModel model) {
        List<SourceCheck> checks = new ArrayList<>();
        for (DataSource source : model.getDataSources()) {
            Connector connector = connectors.stream().filter(c -> c.supports(source)).findFirst().orElse(null);
            if (connector == null) {
                checks.add(new SourceCheck(source.getName(), null, "no connector reads " + address(source)));
                continue;
            }
            try (SourceSession session = connector.open(source, credentials.passwordFor(source))) {
                checks.add(new SourceCheck(source.getName(), null, null));
                for (RecordSource recordSource : source.getRecordSources()) {
                    try {
                        session.verify(recordSource);
                        checks.add(new SourceCheck(source.getName(), recordSource.getName(), null));
                    } catch (SourceException e) {
                        checks.add(new SourceCheck(source.getName(), recordSource.getName(), e.getMessage()));
                    }
                }
            } catch (SourceException e) {
                checks.add(new SourceCheck(source.getName(), null, e.getMessage()));
            }
        }
        return checks;
    }

    /** Where {@code source} is read from: its JDBC URL, or its API's base URL. */
    private static String address(DataSource source) {
        return source.getApi() != null ? source.getApi().getBaseUrl() : source.getJdbcUrl();
    }
}
