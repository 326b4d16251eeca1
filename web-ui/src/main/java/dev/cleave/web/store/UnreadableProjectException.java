package dev.cleave.web.store;

import java.nio.file.Path;

/**
 * A file of the project folder cannot be used as it is: a malformed {@code plan.json}, or a damaged or
 * incomplete {@code history/}. The file is left in place; the message names it and says how to fix it.
 */
public final class UnreadableProjectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public UnreadableProjectException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The file that cannot be read. */
    public Path file() {
        return file;
    }
}
