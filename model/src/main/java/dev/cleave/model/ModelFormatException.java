package dev.cleave.model;

/**
 * A {@code graph.json} or {@code plan.json} that cannot be read: malformed JSON, missing or invalid fields, or
 * another schema version. The message names the file, where it is wrong, and what to do.
 */
public class ModelFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
