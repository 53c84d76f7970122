package org.cxm.demo;

import java.nio.file.Path;

import org.cxm.history.StoreLocation;
import org.cxm.sync.SyncSummary;

/**
 * A demo ready to be looked at: the customer history it synced, the model whose mappings it synced with, and
 * the customer to look at first.
 *
 * @param directory the demo directory, which holds everything below
 * @param model the demo model file: the online shop's journeys with the SuiteCRM and Odoo mappings
 * @param store the embedded customer-history store the demo synced into
 * @param customer what finds the showcase customer in the history: her e-mail address in the CRM
 * @param customerName the showcase customer's name, as the history shows it
 * @param sync what the sync of this run did; a reused demo's sync reads only what changed, usually nothing
 * @param reused whether an existing complete demo was used instead of creating one
 */
public record DemoSetup(Path directory, Path model, StoreLocation store, String customer, String customerName,
        SyncSummary sync, boolean reused) {
}
