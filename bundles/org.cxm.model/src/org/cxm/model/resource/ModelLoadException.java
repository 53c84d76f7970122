package org.cxm.model.resource;

import java.nio.file.Path;

/**
 * A model file that cannot be read: missing, not XML, truncated, or not a CXM model. The message names
 * the file and, where the parser knows it, the line and column, in the {@code file:line:column} form
 * editors and terminals link to.
 */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    private final int line;

    private final int column;

    public ModelLoadException(Path file, int line, int column, String reason, Throwable cause) {
        super(location(file, line, column) + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path getFile() {
        return file;
    }

    /** The line of the problem, 1-based, or 0 when unknown. */
    public int getLine() {
        return line;
    }

    /** The column of the problem, 1-based, or 0 when unknown. */
    public int getColumn() {
        return column;
    }

    private static String location(Path file, int line, int column) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
