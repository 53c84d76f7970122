package org.cxm.ui.internal.integration;

/** A view that reads the store again on request, as after a sync that changed it. */
interface Refreshable {

    void refresh();
}
