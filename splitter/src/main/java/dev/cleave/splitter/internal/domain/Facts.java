package dev.cleave.splitter.internal.domain;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.splitter.internal.WeightedGraph;

import java.util.Arrays;
import java.util.Map;

/**
 * The graph as the domain rules read it: nodes by vertex number (id order, as in {@link WeightedGraph}), the
 * weighted undirected view without table edges, and the distinct classes each class depends on and is depended on by (structural edge
 * kinds with a positive weight; co-change excluded, since it says nothing about who uses whom).
 */
public final class Facts {
    private final CodeGraph graph;
    private final WeightedGraph weighted;
    private final double tableWeight;
    private final int[][] uses;
    private final int[][] usedBy;

    public Facts(CodeGraph graph, Map<EdgeKind, Double> weights) {
        this.graph = graph;
        java.util.EnumMap<EdgeKind, Double> withoutTables = new java.util.EnumMap<>(EdgeKind.class);
        withoutTables.putAll(weights);
        withoutTables.remove(EdgeKind.TABLE);
        this.weighted = WeightedGraph.of(graph, withoutTables);
        this.tableWeight = weights.getOrDefault(EdgeKind.TABLE, 0.0);
        int n = weighted.vertexCount();
        long[] pairs = new long[graph.edges().size()];
        int count = 0;
        for (Edge e : graph.edges()) {
            int a = weighted.vertex(e.from());
            int b = weighted.vertex(e.to());
            if (a >= 0 && b >= 0 && e.kind() != EdgeKind.CO_CHANGE && weights.getOrDefault(e.kind(), 0.0) > 0) {
                pairs[count++] = ((long) a << 32) | b;
            }
        }
        long[] forward = Arrays.stream(pairs, 0, count).sorted().distinct().toArray();
        long[] backward = Arrays.stream(forward).map(p -> (p << 32) | (p >>> 32)).sorted().toArray();
        this.uses = adjacency(n, forward);
        this.usedBy = adjacency(n, backward);
    }

    /** Rows of sorted, distinct packed (row, column) pairs. */
    private static int[][] adjacency(int n, long[] sorted) {
        int[] degree = new int[n];
        for (long p : sorted) {
            degree[(int) (p >>> 32)]++;
        }
        int[][] rows = new int[n][];
        for (int v = 0; v < n; v++) {
            rows[v] = new int[degree[v]];
        }
        int[] fill = new int[n];
        for (long p : sorted) {
            int v = (int) (p >>> 32);
            rows[v][fill[v]++] = (int) p;
        }
        return rows;
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

    /** Weight of the {@code table} edge kind, which {@link #weighted()} leaves out (see {@code ClusteringGraph}). */
    public double tableWeight() {
        return tableWeight;
    }

    /** The kind-weighted view without {@code table} edges. */
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
