package org.cxm.sync.spi;

import org.cxm.model.DataSource;

/**
 * Reads the records of a kind of data source. Connectors are OSGi services; the sync engine asks each
 * whether it supports a modelled data source. A connector is driven by the model's mapping only: a new
 * CRM or ERP needs a mapping, not a new connector, as long as it can be read the same way.
 */
public interface Connector {

    /** Whether this connector can read {@code source}. */
    boolean supports(DataSource source);

    /** Connects to {@code source}, with the password the credential reference resolves to. */
    SourceSession open(DataSource source, String password) throws SourceException;
}
