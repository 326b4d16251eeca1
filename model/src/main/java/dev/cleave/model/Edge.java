package dev.cleave.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A dependency of one top-level type on another.
 *
 * @param from   id of the depending node
 * @param to     id of the node depended on; never equal to {@code from}
 * @param kind   what kind of reference
 * @param weight how many references of this kind (commits, for {@link EdgeKind#CO_CHANGE}); at least 1
 */
public record Edge(String from, String to, EdgeKind kind, int weight) implements Comparable<Edge> {
    private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::from)
            .thenComparing(Edge::to).thenComparing(Edge::kind);

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (from.equals(to)) {
            throw new IllegalArgumentException("self-edge on " + from);
        }
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1: " + from + " -> " + to + " " + weight);
        }
    }

    @Override
    public int compareTo(Edge o) {
        return ORDER.compare(this, o);
    }
}
