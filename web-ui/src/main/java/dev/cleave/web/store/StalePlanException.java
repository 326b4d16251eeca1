package dev.cleave.web.store;

/**
 * A change was made from a version that is no longer the current one: someone else (another tab, another user,
 * the CLI) saved in between. Nothing was written; the caller should reload and let the user redo the change
 * (the web layer answers 409 Conflict).
 */
public final class StalePlanException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long expectedVersion;
    private final long currentVersion;

    /**
     * @param what what was refused, for the message: "edit", "undo" or "redo"
     */
    public StalePlanException(long expectedVersion, long currentVersion, String what) {
        super("the plan was changed elsewhere (version " + currentVersion + ", you had " + expectedVersion
                + "): reload to see it; your " + what + " was not applied");
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    /** The version the caller had. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version that is current now (0 when nothing was saved). */
    public long currentVersion() {
        return currentVersion;
    }
}
