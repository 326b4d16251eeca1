package dev.cleave.model;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A dependency of one top-level type on another.
 *
 * @param from       id of the depending node
 * @param to         id of the node depended on; never equal to {@code from}
 * @param kind       what kind of reference
 * @param weight     how many references of this kind (commits, for {@link EdgeKind#CO_CHANGE}); at least 1
 * @param operations for a {@link EdgeKind#CALL} edge, the methods of {@code to} that {@code from} calls, each as
 *                   name and erased parameter types ({@code findById(java.lang.Integer)}; a method of a nested
 *                   type is prefixed with its path inside {@code to}: {@code Inner.m()}); sorted, distinct, never
 *                   null; empty for every other kind. Omitted from the file when empty
 */
public record Edge(String from, String to, EdgeKind kind, int weight,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> operations)
        implements Comparable<Edge> {
    /** The injectable value a reader gives an edge whose {@code operations} are absent: none. */
    static final String NO_OPERATIONS = "dev.cleave.model.Edge.noOperations";

    private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::from)
            .thenComparing(Edge::to).thenComparing(Edge::kind);

    /** Absent {@code operations} in a file are injected as empty (on the parameter only: a record's field is final). */
    public Edge(String from, String to, EdgeKind kind, int weight,
                @JacksonInject(value = NO_OPERATIONS, useInput = OptBoolean.TRUE) List<String> operations) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (from.equals(to)) {
            throw new IllegalArgumentException("self-edge on " + from);
        }
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1: " + from + " -> " + to + " " + weight);
        }
        List<String> sorted = Lists.sorted(operations);
        if (!sorted.isEmpty() && kind != EdgeKind.CALL) {
            throw new IllegalArgumentException("only call edges have operations: " + from + " -> " + to + " " + kind);
        }
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.weight = weight;
        this.operations = sorted;
    }

    /** An edge without operations (every kind but {@link EdgeKind#CALL}, and calls whose methods are unknown). */
    public Edge(String from, String to, EdgeKind kind, int weight) {
        this(from, to, kind, weight, List.of());
    }

    @Override
    public int compareTo(Edge o) {
        return ORDER.compare(this, o);
    }
}
