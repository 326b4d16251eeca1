package dev.cleave.splitter.internal.metrics;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.model.TableUse;
import dev.cleave.splitter.internal.GraphIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds an {@link Adjacency} in O(V + E): incident edges per vertex, then one merge pass with a stamp array. */
final class AdjacencyBuilder {
    final GraphIndex index;
    int[] offsets;
    int[] neighbors;
    int[] structural;
    long[] calls;
    int[] transactionalCalls;
    double[] weights;
    Csr callees;
    Csr callers;
    Csr tables;
    final List<String> tableNames = new ArrayList<>();
    boolean[] referenced;
    List<Edge> edges;
    Csr incident;

    private final CodeGraph graph;
    private final double[] kindWeights;

    AdjacencyBuilder(GraphIndex index, Map<EdgeKind, Double> kindWeights) {
        this.graph = index.graph();
        this.kindWeights = new double[EdgeKind.values().length];
        kindWeights.forEach((kind, w) -> this.kindWeights[kind.ordinal()] = w);
        this.index = index;
    }

    AdjacencyBuilder build() {
        edges = graph.edges();
        int n = index.vertexCount();
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        for (int i = 0; i < from.length; i++) {
            boolean both = index.from(i) >= 0 && index.to(i) >= 0;
            from[i] = both ? index.from(i) : -1;
            to[i] = both ? index.to(i) : -1;
        }
        merge(from, to, n);
        directedCalls(from, to, n);
        tables = tablesOf(graph.nodes(), new HashMap<>(), tableNames);
        return this;
    }

    private boolean[] transactional;
    private boolean[] business;

    private void merge(int[] from, int[] to, int n) {
        transactional = new boolean[n];
        business = new boolean[n];
        for (int v = 0; v < n; v++) {
            Node node = graph.nodes().get(v);
            transactional[v] = Transactions.isTransactional(node);
            business[v] = Transactions.isBusiness(node);
        }
        int[] owner = new int[2 * from.length];
        int[] edgeOf = new int[2 * from.length];
        for (int i = 0; i < from.length; i++) {
            owner[2 * i] = from[i];
            owner[2 * i + 1] = to[i];
            edgeOf[2 * i] = i;
            edgeOf[2 * i + 1] = i;
        }
        incident = Csr.of(n, owner, edgeOf);
        int capacity = incident.values().length;
        offsets = new int[n + 1];
        neighbors = new int[capacity];
        structural = new int[capacity];
        calls = new long[capacity];
        transactionalCalls = new int[capacity];
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
                add(slot[u], index.kind(e), index.weight(e));
                if (index.kind(e) == EdgeKind.CALL && transactional[from[e]] && business[to[e]]) {
                    transactionalCalls[slot[u]]++;
                }
            }
            offsets[v + 1] = next;
        }
        neighbors = Arrays.copyOf(neighbors, next);
        structural = Arrays.copyOf(structural, next);
        calls = Arrays.copyOf(calls, next);
        transactionalCalls = Arrays.copyOf(transactionalCalls, next);
        weights = Arrays.copyOf(weights, next);
    }

    private void add(int at, EdgeKind kind, int weight) {
        if (Adjacency.isStructural(kind)) {
            structural[at]++;
        }
        if (kind == EdgeKind.CALL) {
            calls[at] += weight;
        }
        weights[at] += kindWeights[kind.ordinal()] * weight;
    }

    private void directedCalls(int[] from, int[] to, int n) {
        int[] callFrom = new int[from.length];
        int[] callTo = new int[from.length];
        referenced = new boolean[n];
        for (int i = 0; i < from.length; i++) {
            boolean call = from[i] >= 0 && index.kind(i) == EdgeKind.CALL;
            callFrom[i] = call ? from[i] : -1;
            callTo[i] = call ? to[i] : -1;
            if (to[i] >= 0 && Adjacency.isCodeReference(index.kind(i))) {
                referenced[to[i]] = true;
            }
        }
        callees = Csr.of(n, callFrom, to);
        callers = Csr.of(n, callTo, from);
    }

    /** Collects tables of nodes into table ids. */
    static Csr tablesOf(List<Node> nodes, Map<String, Integer> tableIds, List<String> names) {
        int[] offsets = new int[nodes.size() + 1];
        int[] values = new int[nodes.stream().mapToInt(n -> n.tables().size()).sum()];
        int next = 0;
        for (int v = 0; v < nodes.size(); v++) {
            int start = next;
            for (TableUse use : nodes.get(v).tables()) {
                int id = tableIds.computeIfAbsent(use.table(), t -> {
                    names.add(t);
                    return names.size() - 1;
                });
                if (!contains(values, start, next, id)) {
                    values[next++] = id;
                }
            }
            offsets[v + 1] = next;
        }
        return new Csr(offsets, Arrays.copyOf(values, next));
    }

    private static boolean contains(int[] values, int from, int to, int value) {
        for (int i = from; i < to; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

}
