package dev.cleave.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * An input the analyzer could not (fully) use. The rest of the project is analyzed all the same.
 *
 * @param file   path relative to the project root, '/' separators
 * @param line   1-based line, 0 when the problem concerns the whole file
 * @param reason what is wrong, in words a user can act on
 */
public record Problem(String file, int line, String reason) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::reason);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
