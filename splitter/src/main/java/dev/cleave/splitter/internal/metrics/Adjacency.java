package dev.cleave.splitter.internal.metrics;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.splitter.internal.GraphIndex;

import java.util.List;
import java.util.Map;

/**
 * The per-class neighbourhoods that every metric reads, built once per graph in O(V + E) and then shared by
 * scoring, what-if moves and explanations. Vertices are the graph's nodes in id order.
 *
 * <p>For each vertex, its neighbours in the merged undirected view (both edge directions and all kinds of one
 * pair folded into one entry) with: the number of structural edges (every kind but {@code co-change}), the
 * {@code call} weight, the transactional calls between them ({@link Transactions}), and the kind-weighted weight
 * that Newman's Q uses. Besides: the directed {@code call}
 * targets and sources (for IFN), the tables each class touches, and whether anything references it.
 * Edges whose ends are not nodes are ignored.
 */
public final class Adjacency {
    final GraphIndex index;
    final int[] offsets;
    final int[] neighbors;
    final int[] structural;
    final long[] calls;
    final int[] transactionalCalls;
    final double[] weights;
    final Csr callees;
    final Csr callers;
    final Csr tables;
    final List<String> tableNames;
    final boolean[] referenced;
    final List<Edge> edges;
    final Csr incident;
    final Map<EdgeKind, Double> kindWeights;

    private Adjacency(AdjacencyBuilder b, Map<EdgeKind, Double> kindWeights) {
        this.index = b.index;
        this.offsets = b.offsets;
        this.neighbors = b.neighbors;
        this.structural = b.structural;
        this.calls = b.calls;
        this.transactionalCalls = b.transactionalCalls;
        this.weights = b.weights;
        this.callees = b.callees;
        this.callers = b.callers;
        this.tables = b.tables;
        this.tableNames = b.tableNames;
        this.referenced = b.referenced;
        this.edges = b.edges;
        this.incident = b.incident;
        this.kindWeights = Map.copyOf(kindWeights);
    }

    /** @param kindWeights weight of each edge kind for Q; kinds not in the map weigh 0 */
    public static Adjacency of(CodeGraph graph, Map<EdgeKind, Double> kindWeights) {
        return of(GraphIndex.of(graph), kindWeights);
    }

    /** As {@link #of(CodeGraph, Map)}, on a graph whose edge ends are already looked up. */
    public static Adjacency of(GraphIndex graph, Map<EdgeKind, Double> kindWeights) {
        return new Adjacency(new AdjacencyBuilder(graph, kindWeights).build(), kindWeights);
    }

    public int vertexCount() {
        return index.vertexCount();
    }

    /** Vertex of a class, or -1 when the class is not a node of the graph. */
    public int vertex(String id) {
        return index.vertex(id);
    }

    public String id(int vertex) {
        return index.id(vertex);
    }

    /** The graph's vertices and the vertices of its edges' ends. */
    public GraphIndex index() {
        return index;
    }

    public int tableCount() {
        return tableNames.size();
    }

    public String tableName(int table) {
        return tableNames.get(table);
    }

    /** Whether any code reference (an edge of a kind other than {@code co-change} and {@code table}) points here. */
    public boolean isReferenced(int vertex) {
        return referenced[vertex];
    }

    /** Neighbours of a vertex in the merged undirected view. */
    public int degree(int vertex) {
        return offsets[vertex + 1] - offsets[vertex];
    }

    /** The {@code i}-th neighbour, {@code 0 <= i < degree(vertex)}. */
    public int neighbor(int vertex, int i) {
        return neighbors[offsets[vertex] + i];
    }

    /** Kind-weighted weight between a vertex and its {@code i}-th neighbour. */
    public double weight(int vertex, int i) {
        return weights[offsets[vertex] + i];
    }

    /** Kind-weighted weight of one edge. */
    public double weightOf(Edge edge) {
        return kindWeights.getOrDefault(edge.kind(), 0.0) * edge.weight();
    }

    /** The graph's edges (in both directions) that touch a class, in graph order. */
    public List<Edge> edgesOf(int vertex) {
        List<Edge> list = new java.util.ArrayList<>(incident.offsets()[vertex + 1] - incident.offsets()[vertex]);
        for (int i = incident.offsets()[vertex]; i < incident.offsets()[vertex + 1]; i++) {
            list.add(edges.get(incident.values()[i]));
        }
        return list;
    }

    /** Whether an edge of this kind is a structural dependency (SM, cross edges): all kinds but co-change. */
    public static boolean isStructural(EdgeKind kind) {
        return kind != EdgeKind.CO_CHANGE;
    }

    /** Whether an edge of this kind is a reference in code (wiring, dead code): not co-change, not table. */
    public static boolean isCodeReference(EdgeKind kind) {
        return kind != EdgeKind.CO_CHANGE && kind != EdgeKind.TABLE;
    }
}
