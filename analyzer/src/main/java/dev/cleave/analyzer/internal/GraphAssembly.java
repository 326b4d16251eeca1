package dev.cleave.analyzer.internal;

import dev.cleave.analyzer.internal.facts.TypeFacts;
import dev.cleave.analyzer.internal.resolve.FileReferences;
import dev.cleave.model.Edge;
import dev.cleave.model.Node;
import dev.cleave.model.Problem;
import dev.cleave.model.Resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the per-file results in file order: reference counts into weighted edges between top-level types
 * (self-references dropped, only project nodes; equal edges from several sources summed), the operations of call
 * edges (a union, each name kept once however many files call it), facts of each type
 * (the first declaration wins, as for nodes), resolution counts, unresolved reasons and problems.
 */
final class GraphAssembly {
    private final Map<FileReferences.Key, Long> weights = new TreeMap<>();
    private final Map<FileReferences.Key, Set<String>> operations = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, TypeFacts> facts = new LinkedHashMap<>();
    private Resolution references = Resolution.NONE;
    private Resolution methodCalls = Resolution.NONE;
    private final Map<String, Long> unresolved = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();

    void add(ResolvePass.FileOutcome outcome) {
        FileReferences refs = outcome.references();
        refs.edges().forEach((k, v) -> weights.merge(k, v, Long::sum));
        refs.operations().forEach((k, ops) -> {
            Set<String> merged = operations.computeIfAbsent(k, x -> new HashSet<>());
            ops.forEach(op -> merged.add(names.computeIfAbsent(op, x -> x)));
        });
        references = references.plus(refs.references());
        methodCalls = methodCalls.plus(refs.methodCalls());
        refs.unresolvedByReason().forEach((k, v) -> unresolved.merge(k, v, Long::sum));
        problems.addAll(refs.problems());
        outcome.facts().forEach(facts::putIfAbsent);
    }

    void addEdges(Collection<Edge> edges) {
        for (Edge e : edges) {
            weights.merge(new FileReferences.Key(e.from(), e.to(), e.kind()), (long) e.weight(), Long::sum);
        }
    }

    Map<String, TypeFacts> facts() {
        return facts;
    }

    /** The nodes, with the facts found for them (none when a type has no facts). */
    List<Node> nodes(List<IndexPass.TopType> tops, Map<String, TypeFacts> finished) {
        List<Node> nodes = new ArrayList<>();
        for (IndexPass.TopType t : tops) {
            TypeFacts f = finished.get(t.id());
            nodes.add(f == null
                    ? new Node(t.id(), t.kind(), t.file(), t.lines(), List.of(), List.of(), List.of(), List.of(), false)
                    : new Node(t.id(), t.kind(), t.file(), t.lines(), List.copyOf(f.annotations()),
                    List.copyOf(f.stereotypes()), List.copyOf(f.tables()), List.copyOf(f.entryPoints()),
                    f.stateful()));
        }
        return nodes;
    }

    /** Edges between distinct nodes, with their operations; weights above {@code Integer.MAX_VALUE} are capped. */
    List<Edge> edges(Set<String> nodes) {
        List<Edge> edges = new ArrayList<>();
        weights.forEach((k, w) -> {
            if (!k.from().equals(k.to()) && nodes.contains(k.from()) && nodes.contains(k.to()) && w > 0) {
                Set<String> ops = operations.get(k);
                edges.add(new Edge(k.from(), k.to(), k.kind(), (int) Math.min(w, Integer.MAX_VALUE),
                        ops == null ? List.of() : List.copyOf(ops)));
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
