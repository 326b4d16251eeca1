package dev.cleave.model;

/**
 * How a set of references was resolved. {@code total = exact + fallback + external + unresolved}.
 *
 * @param total      references examined
 * @param exact      resolved to a project type by name and type resolution
 * @param fallback   resolved to a project type by a heuristic (imports, same package, a unique member name)
 * @param external   resolved to a type outside the project (JDK, classpath, or a name known from imports)
 * @param unresolved not resolved
 */
public record Resolution(long total, long exact, long fallback, long external, long unresolved) {
    public static final Resolution NONE = new Resolution(0, 0, 0, 0, 0);

    public Resolution {
        if (total != exact + fallback + external + unresolved) {
            throw new IllegalArgumentException("total " + total + " != " + exact + " + " + fallback + " + "
                    + external + " + " + unresolved);
        }
    }

    public static Resolution of(long exact, long fallback, long external, long unresolved) {
        return new Resolution(exact + fallback + external + unresolved, exact, fallback, external, unresolved);
    }

    /** Share of the references that were resolved at all (project or external), 1 when there are none. */
    public double resolvedShare() {
        return total == 0 ? 1.0 : (double) (total - unresolved) / total;
    }

    /**
     * Share of the references that may point into the project and were resolved there: (exact + fallback) /
     * (exact + fallback + unresolved). External references are left out; 1 when there are none.
     */
    public double inProjectShare() {
        long candidates = exact + fallback + unresolved;
        return candidates == 0 ? 1.0 : (double) (exact + fallback) / candidates;
    }

    public Resolution plus(Resolution o) {
        return new Resolution(total + o.total, exact + o.exact, fallback + o.fallback, external + o.external,
                unresolved + o.unresolved);
    }
}
