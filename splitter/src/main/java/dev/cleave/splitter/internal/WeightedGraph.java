package dev.cleave.splitter.internal;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted undirected view of a {@link CodeGraph} that clustering and modularity work on, in compressed
 * sparse row form: vertex {@code v}'s neighbours are {@code neighbors[offsets[v] .. offsets[v+1])} with the
 * matching {@code weights}. Vertices are the graph's nodes in id order. The weight between two vertices is the
 * sum over the edges between them, in both directions, of {@code kindWeight(kind) × edge weight}. Self-loops
 * and zero-weight pairs are left out. Immutable; O(V + E) to build.
 */
public final class WeightedGraph {
    private final List<String> ids;
    private final Map<String, Integer> index;
    private final int[] offsets;
    private final int[] neighbors;
    private final double[] weights;
    private final double[] strength;
    private final double totalWeight;

    private WeightedGraph(List<String> ids, Map<String, Integer> index, int[] offsets, int[] neighbors,
                          double[] weights) {
        this.ids = ids;
        this.index = index;
        this.offsets = offsets;
        this.neighbors = neighbors;
        this.weights = weights;
        this.strength = new double[ids.size()];
        double twice = 0;
        for (int v = 0; v < ids.size(); v++) {
            for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                strength[v] += weights[i];
            }
            twice += strength[v];
        }
        this.totalWeight = twice / 2;
    }

    /**
     * @param kindWeights weight of each edge kind; kinds not in the map weigh 0 (are ignored)
     */
    public static WeightedGraph of(CodeGraph graph, Map<EdgeKind, Double> kindWeights) {
        List<String> ids = graph.nodes().stream().map(Node::id).toList();
        Map<String, Integer> index = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        Map<Long, Double> pairs = new HashMap<>();
        for (Edge edge : graph.edges()) {
            double w = kindWeights.getOrDefault(edge.kind(), 0.0) * edge.weight();
            Integer a = index.get(edge.from());
            Integer b = index.get(edge.to());
            if (w <= 0 || a == null || b == null || a.equals(b)) {
                continue;
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            pairs.merge(((long) lo << 32) | hi, w, Double::sum);
        }
        return fromPairs(ids, index, pairs);
    }

    private static WeightedGraph fromPairs(List<String> ids, Map<String, Integer> index, Map<Long, Double> pairs) {
        int n = ids.size();
        int[] degree = new int[n];
        long[] keys = pairs.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        for (long key : keys) {
            degree[(int) (key >>> 32)]++;
            degree[(int) key]++;
        }
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] neighbors = new int[offsets[n]];
        double[] weights = new double[offsets[n]];
        for (long key : keys) {
            int a = (int) (key >>> 32);
            int b = (int) key;
            double w = pairs.get(key);
            neighbors[fill[a]] = b;
            weights[fill[a]++] = w;
            neighbors[fill[b]] = a;
            weights[fill[b]++] = w;
        }
        return new WeightedGraph(ids, index, offsets, neighbors, weights);
    }

    public int vertexCount() {
        return ids.size();
    }

    /** Node id of a vertex. */
    public String id(int vertex) {
        return ids.get(vertex);
    }

    /** Vertex of a node id, or -1. */
    public int vertex(String id) {
        Integer v = index.get(id);
        return v == null ? -1 : v;
    }

    public int degree(int vertex) {
        return offsets[vertex + 1] - offsets[vertex];
    }

    /** The {@code i}-th neighbour of a vertex, {@code 0 <= i < degree(vertex)}. */
    public int neighbor(int vertex, int i) {
        return neighbors[offsets[vertex] + i];
    }

    /** Weight of the edge to the {@code i}-th neighbour. */
    public double weight(int vertex, int i) {
        return weights[offsets[vertex] + i];
    }

    /** Sum of the weights of a vertex's edges. */
    public double strength(int vertex) {
        return strength[vertex];
    }

    /** Sum of all edge weights (each undirected edge once). */
    public double totalWeight() {
        return totalWeight;
    }
}
