package dev.cleave.analyzer.internal.resolve;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Problem;
import dev.cleave.model.Resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What resolving one file found: weighted references between top-level types by kind, the operations of the call
 * references, resolution counts for all references and for method calls, unresolved references by reason, and
 * problems. Written by one thread.
 */
public final class FileReferences {
    /** A dependency between two top-level types (self-references are kept here and dropped later). */
    public record Key(String from, String to, EdgeKind kind) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = from.compareTo(o.from);
            if (c == 0) {
                c = to.compareTo(o.to);
            }
            return c != 0 ? c : kind.compareTo(o.kind);
        }
    }

    /** The count of an edge and, for calls, the distinct operations called (null until one is). */
    private static final class Tally {
        long weight;
        Set<String> operations;
    }

    private final Map<Key, Tally> edges = new HashMap<>();
    private final long[] references = new long[4];
    private final long[] calls = new long[4];
    private final Map<String, Long> unresolved = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Records one reference from {@code fromTop} to a type whose top-level is {@code toTop} (null: none). */
    void reference(String fromTop, String toTop, NameHit.Status status, EdgeKind kind, boolean call, String reason) {
        reference(fromTop, toTop, status, kind, call, reason, null);
    }

    /** As above, with the operation of {@code toTop} that a call reaches (null: none known). */
    void reference(String fromTop, String toTop, NameHit.Status status, EdgeKind kind, boolean call, String reason,
                   String operation) {
        references[status.ordinal()]++;
        if (call) {
            calls[status.ordinal()]++;
        }
        if (status == NameHit.Status.UNRESOLVED) {
            unresolved.merge(reason, 1L, Long::sum);
        } else if (toTop != null && fromTop != null && kind != null) {
            Tally t = edges.computeIfAbsent(new Key(fromTop, toTop, kind), k -> new Tally());
            t.weight++;
            if (operation != null) {
                if (t.operations == null) {
                    t.operations = new HashSet<>(4);
                }
                t.operations.add(operation);
            }
        }
    }

    public void problem(Problem p) {
        problems.add(p);
    }

    /** Reference counts by kind between top-level types, sorted. */
    public Map<Key, Long> edges() {
        Map<Key, Long> out = new TreeMap<>();
        edges.forEach((k, v) -> out.put(k, v.weight));
        return out;
    }

    /** The operations of the call edges that have some, unsorted (callers sort). */
    public Map<Key, Set<String>> operations() {
        Map<Key, Set<String>> out = new HashMap<>();
        edges.forEach((k, v) -> {
            if (v.operations != null) {
                out.put(k, v.operations);
            }
        });
        return out;
    }

    public Resolution references() {
        return Resolution.of(references[0], references[1], references[2], references[3]);
    }

    public Resolution methodCalls() {
        return Resolution.of(calls[0], calls[1], calls[2], calls[3]);
    }

    public Map<String, Long> unresolvedByReason() {
        return unresolved;
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * Restores what resolving a file found, as a cache stored it: edges with weights and operations, the counts
     * of {@link #references} and {@link #methodCalls} (exact, fallback, external, unresolved), reasons and problems.
     */
    public static FileReferences restore(Map<Key, Long> weights, Map<Key, Set<String>> operations,
                                         long[] references, long[] calls, Map<String, Long> unresolved,
                                         List<Problem> problems) {
        FileReferences out = new FileReferences();
        weights.forEach((k, w) -> {
            Tally t = new Tally();
            t.weight = w;
            Set<String> ops = operations.get(k);
            t.operations = ops == null ? null : new HashSet<>(ops);
            out.edges.put(k, t);
        });
        System.arraycopy(references, 0, out.references, 0, 4);
        System.arraycopy(calls, 0, out.calls, 0, 4);
        out.unresolved.putAll(unresolved);
        out.problems.addAll(problems);
        return out;
    }

    /** Counts of all references: exact, fallback, external, unresolved. */
    public long[] referenceCounts() {
        return references.clone();
    }

    /** Counts of method calls: exact, fallback, external, unresolved. */
    public long[] callCounts() {
        return calls.clone();
    }
}
