package dev.cleave.analyzer.internal.resolve;

/**
 * A resolved type name.
 *
 * @param name   binary name of the type, or the qualified name as imported when its declaration is unknown;
 *               null when unresolved
 * @param status how it was resolved
 */
public record NameHit(String name, Status status) {
    public static final NameHit UNRESOLVED = new NameHit(null, Status.UNRESOLVED);

    /** How a reference was resolved; the categories of {@link dev.cleave.model.Resolution}. */
    public enum Status {
        EXACT, FALLBACK, EXTERNAL, UNRESOLVED
    }

    public boolean resolved() {
        return status != Status.UNRESOLVED;
    }
}
