package org.cxm.history;

/** The customer-history store cannot be opened or used; the message says which store and why. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
