package dev.cleave.splitter.internal;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.Node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A code graph's nodes numbered in id order (vertices) and the end vertices of each of its edges, looked up once so
 * that the views built on the graph ({@link WeightedGraph}, the domain rules' facts, the metrics' adjacency) need
 * no lookup by name per edge. An edge end that is not a node is -1. Immutable; O(V + E) to build.
 */
public final class GraphIndex {
    private final CodeGraph graph;
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final int[] from;
    private final int[] to;

    private GraphIndex(CodeGraph graph, List<String> ids, Map<String, Integer> index, int[] from, int[] to) {
        this.graph = graph;
        this.ids = ids;
        this.index = index;
        this.from = from;
        this.to = to;
    }

    public static GraphIndex of(CodeGraph graph) {
        List<String> ids = graph.nodes().stream().map(Node::id).toList();
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        List<Edge> edges = graph.edges();
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        String lastFrom = null;
        int a = -1;
        for (int e = 0; e < from.length; e++) {
            Edge edge = edges.get(e);
            if (!edge.from().equals(lastFrom)) { // edges are sorted by from: one lookup per source
                lastFrom = edge.from();
                a = lookup(index, lastFrom);
            }
            from[e] = a;
            to[e] = lookup(index, edge.to());
        }
        return new GraphIndex(graph, ids, index, from, to);
    }

    private static int lookup(Map<String, Integer> index, String id) {
        Integer v = index.get(id);
        return v == null ? -1 : v;
    }

    public CodeGraph graph() {
        return graph;
    }

    public int vertexCount() {
        return ids.size();
    }

    /** Node ids by vertex, ascending. */
    public List<String> ids() {
        return ids;
    }

    /** Node id of a vertex. */
    public String id(int vertex) {
        return ids.get(vertex);
    }

    /** Vertex of a node id, or -1. */
    public int vertex(String id) {
        return lookup(index, id);
    }

    /** Vertex of the {@code from} end of the graph's {@code edge}-th edge, or -1 when it is not a node. */
    public int from(int edge) {
        return from[edge];
    }

    /** Vertex of the {@code to} end of the graph's {@code edge}-th edge, or -1 when it is not a node. */
    public int to(int edge) {
        return to[edge];
    }
}
