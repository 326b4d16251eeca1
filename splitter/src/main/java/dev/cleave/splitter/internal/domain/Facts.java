package dev.cleave.splitter.internal.domain;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.splitter.internal.WeightedGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The graph as the domain rules read it: nodes by vertex number (id order, as in {@link WeightedGraph}), the
 * weighted undirected view, and the distinct classes each class depends on and is depended on by (structural edge
 * kinds with a positive weight; co-change excluded, since it says nothing about who uses whom).
 */
public final class Facts {
    private final CodeGraph graph;
    private final WeightedGraph weighted;
    private final int[][] uses;
    private final int[][] usedBy;

    public Facts(CodeGraph graph, Map<EdgeKind, Double> weights) {
        this.graph = graph;
        this.weighted = WeightedGraph.of(graph, weights);
        int n = weighted.vertexCount();
        List<TreeSet<Integer>> out = new ArrayList<>(n);
        List<TreeSet<Integer>> in = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            out.add(new TreeSet<>());
            in.add(new TreeSet<>());
        }
        for (Edge e : graph.edges()) {
            int a = weighted.vertex(e.from());
            int b = weighted.vertex(e.to());
            if (a < 0 || b < 0 || e.kind() == EdgeKind.CO_CHANGE || weights.getOrDefault(e.kind(), 0.0) <= 0) {
                continue;
            }
            out.get(a).add(b);
            in.get(b).add(a);
        }
        this.uses = out.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        this.usedBy = in.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    public int size() {
        return weighted.vertexCount();
    }

    public Node node(int v) {
        return graph.nodes().get(v);
    }

    public String id(int v) {
        return weighted.id(v);
    }

    /** Vertex of a class id, or -1. */
    public int vertex(String id) {
        return weighted.vertex(id);
    }

    public WeightedGraph weighted() {
        return weighted;
    }

    /** Classes this class depends on, ascending. */
    public int[] uses(int v) {
        return uses[v];
    }

    /** Classes that depend on this class, ascending. */
    public int[] usedBy(int v) {
        return usedBy[v];
    }

    public CodeGraph graph() {
        return graph;
    }
}
