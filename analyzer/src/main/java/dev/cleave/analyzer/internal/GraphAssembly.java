package dev.cleave.analyzer.internal;

import dev.cleave.analyzer.internal.resolve.FileReferences;
import dev.cleave.model.Edge;
import dev.cleave.model.Problem;
import dev.cleave.model.Resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the per-file results in file order: reference counts into weighted edges between top-level types
 * (self-references dropped, only project nodes), resolution counts, unresolved reasons and problems.
 */
final class GraphAssembly {
    private final Map<FileReferences.Key, Long> weights = new TreeMap<>();
    private Resolution references = Resolution.NONE;
    private Resolution methodCalls = Resolution.NONE;
    private final Map<String, Long> unresolved = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    void add(FileReferences refs) {
        refs.edges().forEach((k, v) -> weights.merge(k, v, Long::sum));
        references = references.plus(refs.references());
        methodCalls = methodCalls.plus(refs.methodCalls());
        refs.unresolvedByReason().forEach((k, v) -> unresolved.merge(k, v, Long::sum));
        problems.addAll(refs.problems());
    }

    /** Edges between distinct nodes; weights above {@code Integer.MAX_VALUE} are capped. */
    List<Edge> edges(Set<String> nodes) {
        List<Edge> edges = new ArrayList<>();
        weights.forEach((k, w) -> {
            if (!k.from().equals(k.to()) && nodes.contains(k.from()) && nodes.contains(k.to())) {
                edges.add(new Edge(k.from(), k.to(), k.kind(), (int) Math.min(w, Integer.MAX_VALUE)));
            }
        });
        return edges;
    }

    Resolution references() {
        return references;
    }

    Resolution methodCalls() {
        return methodCalls;
    }

    Map<String, Long> unresolvedByReason() {
        return unresolved;
    }

    List<Problem> problems() {
        return problems;
    }
}
