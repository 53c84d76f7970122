package org.cxm.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.cxm.history.CustomerViews;
import org.cxm.history.HistoryStore;
import org.cxm.history.StoreException;
import org.cxm.history.StoreLocation;
import org.cxm.ui.internal.preferences.StorePreferences;
import org.cxm.ui.internal.preferences.StoreSecrets;

/**
 * The customer-history store the workbench shows, opened once on first use and replaced when the user (or
 * a test) chooses another. A small static facade, so that views find the store without wiring.
 */
public final class StoreSession {

    private static StoreLocation location;
    private static HistoryStore store;
    private static final List<Consumer<HistoryStore>> LISTENERS = new CopyOnWriteArrayList<>();

    private StoreSession() {
    }

    /** The open store, opening the one chosen (or the launch argument's) on first use. Not on the UI thread. */
    public static synchronized HistoryStore store() throws StoreException {
        if (store == null) {
            if (location == null) {
                location = StorePreferences.startLocation(LaunchArguments.current(),
                        StoreSecrets.ofWorkbench());
            }
            store = HistoryStore.open(location);
        }
        return store;
    }

    /** The Customer 360 queries over the open store. */
    public static CustomerViews customerViews() throws StoreException {
        return new CustomerViews(store());
    }

    /** Where the open (or next opened) store is; {@code null} before first use. */
    public static synchronized StoreLocation location() {
        return location;
    }

    /**
     * Switches to the store at {@code newLocation} ({@code null}: the one the workbench starts with); views
     * showing store data are told to reload.
     */
    public static void use(StoreLocation newLocation) {
        synchronized (StoreSession.class) {
            location = newLocation;
            close();
        }
        LISTENERS.forEach(listener -> listener.accept(null));
    }

    /** Closes the open store, if any, when the workbench stops; the next use opens it again. */
    static synchronized void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Calls {@code listener} whenever the store is replaced. */
    public static void addListener(Consumer<HistoryStore> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<HistoryStore> listener) {
        LISTENERS.remove(listener);
    }
}
