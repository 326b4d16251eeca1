package dev.cleave.splitter.internal;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A code graph's nodes numbered in id order (vertices) and the end vertices, kind and weight of each of its edges in
 * primitive arrays, read once so that the views built on the graph ({@link WeightedGraph}, the domain rules' facts,
 * the metrics' adjacency) need no lookup by name per edge and do not chase edge objects. An edge end that is not a
 * node is -1. Immutable; O(V + E) to build.
 */
public final class GraphIndex {
    private static final EdgeKind[] KINDS = EdgeKind.values();
    /** Edges are looked up in up to this many chunks on the cores, of at least {@link #CHUNK_EDGES} edges. */
    private static final int CHUNKS = 8;
    private static final int CHUNK_EDGES = 50_000;

    private final CodeGraph graph;
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final int[] from;
    private final int[] to;
    private final byte[] kind;
    private final int[] weight;

    private GraphIndex(CodeGraph graph, List<String> ids, Map<String, Integer> index, int[] from, int[] to,
                       byte[] kind, int[] weight) {
        this.graph = graph;
        this.ids = ids;
        this.index = index;
        this.from = from;
        this.to = to;
        this.kind = kind;
        this.weight = weight;
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
        byte[] kind = new byte[edges.size()];
        int[] weight = new int[edges.size()];
        int chunks = Math.max(1, Math.min(CHUNKS, edges.size() / CHUNK_EDGES));
        IntStream.range(0, chunks).parallel().forEach(c -> { // lookups only: the map is not written any more
            int end = (int) ((long) edges.size() * (c + 1) / chunks);
            String lastFrom = null;
            int a = -1;
            for (int e = (int) ((long) edges.size() * c / chunks); e < end; e++) {
                Edge edge = edges.get(e);
                if (!edge.from().equals(lastFrom)) { // edges are sorted by from: one lookup per source
                    lastFrom = edge.from();
                    a = lookup(index, lastFrom);
                }
                from[e] = a;
                to[e] = lookup(index, edge.to());
                kind[e] = (byte) edge.kind().ordinal();
                weight[e] = edge.weight();
            }
        });
        return new GraphIndex(graph, ids, index, from, to, kind, weight);
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

    /** Number of edges of the graph. */
    public int edgeCount() {
        return from.length;
    }

    /** Kind of the graph's {@code edge}-th edge. */
    public EdgeKind kind(int edge) {
        return KINDS[kind[edge]];
    }

    /** Weight of the graph's {@code edge}-th edge. */
    public int weight(int edge) {
        return weight[edge];
    }
}
