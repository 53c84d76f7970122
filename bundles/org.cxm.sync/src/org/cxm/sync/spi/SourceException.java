package org.cxm.sync.spi;

/**
 * A source system cannot be read: unreachable, refused the credentials, or a table or column the mapping
 * names does not exist. The message names the source and says why.
 */
public class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean transientFailure;

    /**
     * @param transientFailure whether trying again later may succeed (a network or server failure), as
     *        opposed to a mistake in the mapping that will fail every time
     */
    public SourceException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
