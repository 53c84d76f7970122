package org.cxm.demo.internal;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.cxm.demo.DemoException;
import org.cxm.demo.DemoSetup;
import org.cxm.demo.data.CrmErpDataGenerator;
import org.cxm.demo.internal.DemoDirectory.Marker;
import org.cxm.history.Customer;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.model.CxModel;
import org.cxm.model.resource.CxmFiles;
import org.cxm.model.resource.ModelLoadException;
import org.cxm.model.validation.ModelValidation;
import org.cxm.sync.SyncEngine;
import org.cxm.sync.SyncListener;
import org.cxm.sync.SyncOptions;
import org.cxm.sync.SyncSummary;
import org.cxm.sync.spi.Connector;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Prepares a demo directory: reuses the complete demo in it when it has the size asked for and is recent, and
 * otherwise clears it and creates the sources, the model and the customer history anew, marking the demo
 * complete only when all of it succeeded.
 */
public final class DemoBuilder {

    /** The generator's seed: every demo of the same size has the same people. */
    public static final long SEED = 20261122L;

    /** The interactions of each customer record in its system, on average. */
    public static final int INTERACTIONS_PER_CUSTOMER = 8;

    /** After this, the showcase customer's "last days" are long past: the demo is created anew. */
    static final Duration FRESH_FOR = Duration.ofDays(7);

    private final List<Connector> connectors;

    private final Consumer<String> steps;

    public DemoBuilder(List<Connector> connectors, Consumer<String> steps) {
        this.connectors = List.copyOf(connectors);
        this.steps = steps;
    }

    public DemoSetup prepare(Path path, int customers, SyncListener listener) throws DemoException {
        if (customers < 1) {
            throw new DemoException("The demo needs at least 1 customer, not " + customers);
        }
        DemoDirectory directory = DemoDirectory.open(path);
        Optional<Marker> marker = directory.marker();
        String unusable = marker.map(m -> whyNotReusable(directory, m, customers)).orElse(null);
        if (marker.isPresent() && unusable == null) {
            try {
                return reuse(directory, marker.get(), listener);
            } catch (StoreInUse e) {
                throw e;
            } catch (DemoException e) {
                steps.accept("The demo in " + directory.root() + " cannot be reused (" + e.getMessage()
                        + "); creating it anew");
            }
        } else if (unusable != null) {
            steps.accept("The demo in " + directory.root() + " " + unusable + "; creating it anew");
        }
        return create(directory, customers, listener);
    }

    /** Why the complete demo {@code marker} describes will not do, or {@code null} when it will. */
    private static String whyNotReusable(DemoDirectory directory, Marker marker, int customers) {
        if (marker.format() != DemoDirectory.FORMAT) {
            return "was made by another version of CXM";
        }
        if (marker.customers() != customers) {
            return "has " + marker.customers() + " customers, not " + customers;
        }
        if (marker.created().isBefore(Instant.now().minus(FRESH_FOR))) {
            return "is from " + marker.created() + ", more than " + FRESH_FOR.toDays() + " days ago";
        }
        return directory.hasFiles() ? null : "is missing some of its files";
    }

    private DemoSetup reuse(DemoDirectory directory, Marker marker, SyncListener listener) throws DemoException {
        steps.accept("Reusing the demo of " + marker.created().truncatedTo(ChronoUnit.SECONDS) + " in "
                + directory.root() + "; syncing what changed since");
        CxModel model = validModel(directory);
        SyncSummary summary = sync(directory, model, listener, marker.customer());
        return new DemoSetup(directory.root(), directory.model(), directory.store(), marker.customer(),
                marker.customerName(), summary, true);
    }

    private DemoSetup create(DemoDirectory directory, int customers, SyncListener listener) throws DemoException {
        if (directory.hasStore()) {
            // Deleting the store of a program that has it open (the UI, say) would pull it from under it.
            try (HistoryStore store = HistoryStore.open(directory.store())) {
                store.location();
            } catch (StoreException e) {
                failIfInUse(directory, e);
            }
        }
        try {
            directory.clear();
        } catch (IOException e) {
            throw new DemoException("Cannot clear the old demo in " + directory.root() + ": "
                    + DemoDirectory.reason(e), e);
        }
        Instant created = Instant.now();
        steps.accept("Creating the demo in " + directory.root() + " with " + customers + " customers");
        CrmErpDataGenerator data = new CrmErpDataGenerator(SEED, customers, INTERACTIONS_PER_CUSTOMER,
                LocalDateTime.ofInstant(created, ZoneOffset.UTC));
        try {
            DemoSources.create(directory, data, steps);
        } catch (SQLException e) {
            throw new DemoException("Cannot create the demo databases in " + directory.root() + ": "
                    + e.getMessage(), e);
        }
        DemoModel.write(directory);
        CxModel model = validModel(directory);
        steps.accept("Model: " + directory.model() + " (the online shop's journeys with the SuiteCRM and Odoo"
                + " mappings), valid");
        String customer = data.showcase().suiteCrmEmail();
        SyncSummary summary = sync(directory, model, listener, customer);
        String name = data.showcase().name();
        try {
            directory.complete(new Marker(DemoDirectory.FORMAT, customers, created, customer, name));
        } catch (IOException e) {
            throw new DemoException("Cannot mark the demo in " + directory.root() + " complete: "
                    + DemoDirectory.reason(e), e);
        }
        return new DemoSetup(directory.root(), directory.model(), directory.store(), customer, name, summary, false);
    }

    private static CxModel validModel(DemoDirectory directory) throws DemoException {
        try {
            CxModel model = CxmFiles.load(directory.model());
            List<Diagnostic> errors = ModelValidation.problems(ModelValidation.validate(model)).stream()
                    .filter(problem -> problem.getSeverity() >= Diagnostic.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new DemoException("The demo model " + directory.model() + " has " + errors.size()
                        + " error(s), the first: " + errors.get(0).getMessage());
            }
            return model;
        } catch (ModelLoadException e) {
            throw new DemoException(e.getMessage(), e);
        }
    }

    /** Syncs both sources into the store and checks that the showcase customer is found there. */
    private SyncSummary sync(DemoDirectory directory, CxModel model, SyncListener listener, String customer)
            throws DemoException {
        try (HistoryStore store = HistoryStore.open(directory.store())) {
            steps.accept("Syncing both systems into " + store.location());
            // No data source of the demo has a credential: the environment is never asked.
            SyncSummary summary = new SyncEngine(connectors, variable -> null).run(model, store,
                    new SyncOptions(false, listener));
            if (!summary.succeeded()) {
                throw new DemoException("The demo sync failed: " + String.join("; ", summary.failures()));
            }
            List<Customer> found = store.customersByIdentifier(customer);
            if (found.size() != 1) {
                throw new DemoException("The demo's showcase customer " + customer + " is " + (found.isEmpty()
                        ? "not in the history" : "in the history " + found.size() + " times"));
            }
            return summary;
        } catch (StoreException e) {
            failIfInUse(directory, e);
            throw new DemoException(e.getMessage(), e);
        }
    }

    private static void failIfInUse(DemoDirectory directory, StoreException e) throws StoreInUse {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // H2: "Database may be already in use" (90020), from its file store "The file is locked"; the lock
            // of another program in this JVM shows as an overlapping file lock.
            boolean locked = cause instanceof SQLException sql && sql.getErrorCode() == 90020
                    || cause instanceof OverlappingFileLockException
                    || String.valueOf(cause.getMessage()).startsWith("The file is locked");
            if (locked) {
                throw new StoreInUse("The demo in " + directory.root() + " is in use by another program (the CXM"
                        + " UI or another cxm command); close it first", e);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
    }

    /** The demo's store is open in another process: neither reuse nor replace it. */
    private static final class StoreInUse extends DemoException {

        private static final long serialVersionUID = 1L;

        StoreInUse(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
