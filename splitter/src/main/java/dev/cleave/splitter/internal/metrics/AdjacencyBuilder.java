package dev.cleave.splitter.internal.metrics;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds an {@link Adjacency} in O(V + E): incident edges per vertex, then one merge pass with a stamp array. */
final class AdjacencyBuilder {
    final List<String> ids;
    final Map<String, Integer> index;
    int[] offsets;
    int[] neighbors;
    int[] structural;
    long[] calls;
    double[] weights;
    Adjacency.Csr callees;
    Adjacency.Csr callers;
    Adjacency.Csr tables;
    final List<String> tableNames = new ArrayList<>();
    boolean[] referenced;
    List<Edge> edges;
    Adjacency.Csr incident;

    private final CodeGraph graph;
    private final Map<EdgeKind, Double> kindWeights;

    AdjacencyBuilder(CodeGraph graph, Map<EdgeKind, Double> kindWeights) {
        this.graph = graph;
        this.kindWeights = kindWeights;
        this.ids = graph.nodes().stream().map(Node::id).toList();
        this.index = Adjacency.indexOf(ids);
    }

    AdjacencyBuilder build() {
        edges = graph.edges();
        int n = ids.size();
        int[] from = Adjacency.edgeEnds(edges, index, true);
        int[] to = Adjacency.edgeEnds(edges, index, false);
        for (int i = 0; i < from.length; i++) {
            if (from[i] < 0 || to[i] < 0) {
                from[i] = -1;
                to[i] = -1;
            }
        }
        merge(edges, from, to, n);
        directedCalls(edges, from, to, n);
        tables = Adjacency.tablesOf(graph.nodes(), new HashMap<>(), tableNames);
        return this;
    }

    private void merge(List<Edge> edges, int[] from, int[] to, int n) {
        int[] owner = new int[2 * from.length];
        int[] edgeOf = new int[2 * from.length];
        for (int i = 0; i < from.length; i++) {
            owner[2 * i] = from[i];
            owner[2 * i + 1] = to[i];
            edgeOf[2 * i] = i;
            edgeOf[2 * i + 1] = i;
        }
        incident = Adjacency.Csr.of(n, owner, edgeOf);
        int capacity = incident.values().length;
        offsets = new int[n + 1];
        neighbors = new int[capacity];
        structural = new int[capacity];
        calls = new long[capacity];
        weights = new double[capacity];
        int[] stamp = new int[n];
        int[] slot = new int[n];
        Arrays.fill(stamp, -1);
        int next = 0;
        for (int v = 0; v < n; v++) {
            for (int j = incident.offsets()[v]; j < incident.offsets()[v + 1]; j++) {
                int e = incident.values()[j];
                int u = from[e] == v ? to[e] : from[e];
                if (stamp[u] != v) {
                    stamp[u] = v;
                    slot[u] = next;
                    neighbors[next++] = u;
                }
                add(slot[u], edges.get(e));
            }
            offsets[v + 1] = next;
        }
        neighbors = Arrays.copyOf(neighbors, next);
        structural = Arrays.copyOf(structural, next);
        calls = Arrays.copyOf(calls, next);
        weights = Arrays.copyOf(weights, next);
    }

    private void add(int at, Edge edge) {
        if (Adjacency.isStructural(edge.kind())) {
            structural[at]++;
        }
        if (edge.kind() == EdgeKind.CALL) {
            calls[at] += edge.weight();
        }
        weights[at] += kindWeights.getOrDefault(edge.kind(), 0.0) * edge.weight();
    }

    private void directedCalls(List<Edge> edges, int[] from, int[] to, int n) {
        int[] callFrom = new int[from.length];
        int[] callTo = new int[from.length];
        referenced = new boolean[n];
        for (int i = 0; i < from.length; i++) {
            boolean call = from[i] >= 0 && edges.get(i).kind() == EdgeKind.CALL;
            callFrom[i] = call ? from[i] : -1;
            callTo[i] = call ? to[i] : -1;
            if (to[i] >= 0 && Adjacency.isCodeReference(edges.get(i).kind())) {
                referenced[to[i]] = true;
            }
        }
        callees = Adjacency.Csr.of(n, callFrom, to);
        callers = Adjacency.Csr.of(n, callTo, from);
    }
}
