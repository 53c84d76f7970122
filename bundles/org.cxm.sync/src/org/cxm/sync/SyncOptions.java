package org.cxm.sync;

/**
 * How to run a sync.
 *
 * @param reconcileDeletes whether to compare all source keys with the store, to detect records deleted
 *        physically in the source (costs a full key scan of each record source)
 */
public record SyncOptions(boolean reconcileDeletes, SyncListener listener) {

    public static SyncOptions defaults() {
        return new SyncOptions(false, SyncListener.SILENT);
    }
}
