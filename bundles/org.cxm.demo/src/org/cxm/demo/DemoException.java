package org.cxm.demo;

/** The demo could not be prepared; the message says why in terms a user can act on. */
public class DemoException extends Exception {

    private static final long serialVersionUID = 1L;

    public DemoException(String message) {
        super(message);
    }

    public DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}
