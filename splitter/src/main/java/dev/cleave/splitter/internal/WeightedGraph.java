package dev.cleave.splitter.internal;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;

import java.util.Arrays;
import java.util.Map;

/**
 * The weighted undirected view of a {@link CodeGraph} that clustering and modularity work on, in compressed
 * sparse row form: vertex {@code v}'s neighbours are {@code neighbors[offsets[v] .. offsets[v+1])} with the
 * matching {@code weights}. Vertices are the graph's nodes in id order. The weight between two vertices is the
 * sum over the edges between them, in both directions, of {@code kindWeight(kind) × edge weight}. Self-loops
 * and zero-weight pairs are left out. Immutable; O(V + E) to build.
 */
public final class WeightedGraph {
    private final GraphIndex index;
    private final int[] offsets;
    private final int[] neighbors;
    private final double[] weights;
    private final double[] strength;
    private final double totalWeight;

    private WeightedGraph(GraphIndex index, int[] offsets, int[] neighbors, double[] weights) {
        this.index = index;
        this.offsets = offsets;
        this.neighbors = neighbors;
        this.weights = weights;
        this.strength = new double[index.vertexCount()];
        double twice = 0;
        for (int v = 0; v < strength.length; v++) {
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
        return of(GraphIndex.of(graph), kindWeights);
    }

    /** As {@link #of(CodeGraph, Map)}, on a graph whose edge ends are already looked up. */
    public static WeightedGraph of(GraphIndex graph, Map<EdgeKind, Double> kindWeights) {
        int m = graph.edgeCount();
        double[] byKind = new double[EdgeKind.values().length];
        kindWeights.forEach((kind, weight) -> byKind[kind.ordinal()] = weight);
        int[] lo = new int[m];
        int[] hi = new int[m];
        double[] w = new double[m];
        int k = 0;
        for (int e = 0; e < m; e++) {
            double weight = byKind[graph.kind(e).ordinal()] * graph.weight(e);
            int a = graph.from(e);
            int b = graph.to(e);
            if (weight <= 0 || a < 0 || b < 0 || a == b) {
                continue;
            }
            lo[k] = Math.min(a, b);
            hi[k] = Math.max(a, b);
            w[k++] = weight;
        }
        return fromPairs(graph, lo, hi, w, k);
    }

    /**
     * Merges the first {@code k} (lo, hi, w) triples into unique pairs in (lo, hi) order — a counting sort by
     * {@code lo}, then a primitive sort of each bucket — and lays them out as CSR. O(E log d).
     */
    private static WeightedGraph fromPairs(GraphIndex index, int[] lo, int[] hi, double[] w, int k) {
        int n = index.vertexCount();
        int[] bucket = new int[n + 1];
        for (int i = 0; i < k; i++) {
            bucket[lo[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            bucket[v + 1] += bucket[v];
        }
        long[] packed = new long[k];
        int[] next = Arrays.copyOf(bucket, n);
        for (int i = 0; i < k; i++) {
            packed[next[lo[i]]++] = ((long) hi[i] << 32) | i;
        }
        int[] pairLo = new int[k];
        int[] pairHi = new int[k];
        double[] pairW = new double[k];
        int pairs = 0;
        int[] degree = new int[n];
        for (int v = 0; v < n; v++) {
            Arrays.sort(packed, bucket[v], bucket[v + 1]);
            for (int j = bucket[v]; j < bucket[v + 1]; j++) {
                int h = (int) (packed[j] >>> 32);
                double weight = w[(int) packed[j]];
                if (pairs > 0 && pairLo[pairs - 1] == v && pairHi[pairs - 1] == h) {
                    pairW[pairs - 1] += weight;
                } else {
                    pairLo[pairs] = v;
                    pairHi[pairs] = h;
                    pairW[pairs++] = weight;
                    degree[v]++;
                    degree[h]++;
                }
            }
        }
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] neighbors = new int[offsets[n]];
        double[] weights = new double[offsets[n]];
        for (int p = 0; p < pairs; p++) {
            int a = pairLo[p];
            int b = pairHi[p];
            neighbors[fill[a]] = b;
            weights[fill[a]++] = pairW[p];
            neighbors[fill[b]] = a;
            weights[fill[b]++] = pairW[p];
        }
        return new WeightedGraph(index, offsets, neighbors, weights);
    }

    public int vertexCount() {
        return index.vertexCount();
    }

    /** Node id of a vertex. */
    public String id(int vertex) {
        return index.id(vertex);
    }

    /** Vertex of a node id, or -1. */
    public int vertex(String id) {
        return index.vertex(id);
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
