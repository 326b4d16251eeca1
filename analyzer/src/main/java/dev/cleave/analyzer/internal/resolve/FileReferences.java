package dev.cleave.analyzer.internal.resolve;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Problem;
import dev.cleave.model.Resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What resolving one file found: weighted references between top-level types by kind, resolution counts for
 * all references and for method calls, unresolved references by reason, and problems. Written by one thread.
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

    private final Map<Key, long[]> edges = new HashMap<>();
    private final long[] references = new long[4];
    private final long[] calls = new long[4];
    private final Map<String, Long> unresolved = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    /** Records one reference from {@code fromTop} to a type whose top-level is {@code toTop} (null: none). */
    void reference(String fromTop, String toTop, NameHit.Status status, EdgeKind kind, boolean call, String reason) {
        references[status.ordinal()]++;
        if (call) {
            calls[status.ordinal()]++;
        }
        if (status == NameHit.Status.UNRESOLVED) {
            unresolved.merge(reason, 1L, Long::sum);
        } else if (toTop != null && fromTop != null && kind != null) {
            edges.computeIfAbsent(new Key(fromTop, toTop, kind), k -> new long[1])[0]++;
        }
    }

    public void problem(Problem p) {
        problems.add(p);
    }

    /** Reference counts by kind between top-level types, sorted. */
    public Map<Key, Long> edges() {
        Map<Key, Long> out = new TreeMap<>();
        edges.forEach((k, v) -> out.put(k, v[0]));
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
}
