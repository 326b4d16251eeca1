package dev.cleave.splitter;

/**
 * The graph, the options or the constraints given to {@link Splitter} cannot produce a plan. The message names the
 * class, constraint or option at fault and how to fix it; it is meant to be shown to the user as it is.
 */
public final class SplitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SplitException(String message) {
        super(message);
    }
}
