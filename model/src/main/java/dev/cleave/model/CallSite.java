package dev.cleave.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One place in the sources where a type calls an operation of another project type: what a {@code call} edge of the
 * graph counts, located. Found on demand (the graph keeps operations, not places), for the wiring a user reviews and
 * for the lines a gate violation points at.
 *
 * @param from      the calling top-level type
 * @param to        the called top-level type
 * @param operation the called method as in {@link Edge#operations()} ({@code findById(java.lang.Integer)})
 * @param file      the calling source file, relative to the project root, with {@code /}
 * @param line      the 1-based line of the call (of the method reference, for {@code Type::method}); 0 when unknown
 */
public record CallSite(String from, String to, String operation, String file, int line)
        implements Comparable<CallSite> {
    private static final Comparator<CallSite> ORDER = Comparator.comparing(CallSite::from)
            .thenComparing(CallSite::to).thenComparing(CallSite::operation).thenComparing(CallSite::file)
            .thenComparingInt(CallSite::line);

    public CallSite {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more: " + line);
        }
    }

    /** Where it is, as tools print it: {@code src/main/java/a/B.java:42}. */
    public String place() {
        return line == 0 ? file : file + ":" + line;
    }

    @Override
    public int compareTo(CallSite o) {
        return ORDER.compare(this, o);
    }
}
