package dev.cleave.splitter.internal.cluster;

import dev.cleave.splitter.internal.WeightedGraph;

import java.util.Arrays;

/**
 * A weighted undirected graph in compressed sparse row form for the clustering algorithms: vertex {@code v}'s
 * neighbours are {@code neighbors[offsets[v] .. offsets[v+1])} with the matching {@code weights}, each edge stored
 * in both directions, no self-loops. {@code strength[v]} is the weighted degree, which for an aggregated vertex
 * also counts the weight inside it (twice), as modularity requires. {@code totalWeight} is m, the sum of all edge
 * weights of the original graph (internal weight included). Arrays are shared, not copied: treat as immutable.
 */
public record ClusterGraph(int[] offsets, int[] neighbors, double[] weights, double[] strength, double totalWeight) {
    /** Edge ends from which {@link #aggregate} works on {@link #RANGES} ranges of groups in parallel. */
    private static final int PARALLEL_EDGES = 200_000;
    private static final int RANGES = 4;

    public int size() {
        return strength.length;
    }

    /** The view of a {@link WeightedGraph}, edge weights scaled by {@code scale[u] × scale[v]} (null = 1). */
    public static ClusterGraph of(WeightedGraph g, double[] scale) {
        int n = g.vertexCount();
        int[] offsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offsets[v + 1] = offsets[v] + g.degree(v);
        }
        int[] neighbors = new int[offsets[n]];
        double[] weights = new double[offsets[n]];
        double[] strength = new double[n];
        double total = 0;
        for (int v = 0; v < n; v++) {
            for (int i = 0; i < g.degree(v); i++) {
                int u = g.neighbor(v, i);
                double w = g.weight(v, i) * (scale == null ? 1 : scale[u] * scale[v]);
                neighbors[offsets[v] + i] = u;
                weights[offsets[v] + i] = w;
                strength[v] += w;
                total += w;
            }
        }
        return new ClusterGraph(offsets, neighbors, weights, strength, total / 2);
    }

    /**
     * A graph of {@code n} vertices from edge lists ({@code from[i]}–{@code to[i]} with weight {@code weight[i]});
     * parallel edges add up, self-loops are ignored. O(V + E log E).
     */
    public static ClusterGraph fromEdges(int n, int[] from, int[] to, double[] weight) {
        return fromEdges(n, from, to, weight, from.length);
    }

    /** As {@link #fromEdges(int, int[], int[], double[])} with the first {@code count} edges of the arrays. */
    private static ClusterGraph fromEdges(int n, int[] from, int[] to, double[] weight, int count) {
        int[] self = Leiden.identity(n);
        double[] strength = new double[n];
        int[] offsets = new int[n + 1];
        for (int i = 0; i < count; i++) {
            if (from[i] != to[i]) {
                offsets[from[i] + 1]++;
                offsets[to[i] + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            offsets[v + 1] += offsets[v];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] neighbors = new int[offsets[n]];
        double[] weights = new double[offsets[n]];
        double total = 0;
        for (int i = 0; i < count; i++) {
            if (from[i] != to[i]) {
                neighbors[fill[from[i]]] = to[i];
                weights[fill[from[i]]++] = weight[i];
                neighbors[fill[to[i]]] = from[i];
                weights[fill[to[i]]++] = weight[i];
                strength[from[i]] += weight[i];
                strength[to[i]] += weight[i];
                total += weight[i];
            }
        }
        ClusterGraph raw = new ClusterGraph(offsets, neighbors, weights, strength, total);
        return raw.withoutParallelEdges(self);
    }

    /** Collects edges for {@link #fromEdges}, in the order added, in primitive arrays. */
    public static final class Builder {
        private final int n;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private double[] weight = new double[16];
        private int count;

        /** @param n number of vertices */
        public Builder(int n) {
            this.n = n;
        }

        public void add(int a, int b, double w) {
            if (count == from.length) {
                from = Arrays.copyOf(from, 2 * count);
                to = Arrays.copyOf(to, 2 * count);
                weight = Arrays.copyOf(weight, 2 * count);
            }
            from[count] = a;
            to[count] = b;
            weight[count++] = w;
        }

        /** {@link #fromEdges} of the edges added so far. */
        public ClusterGraph build() {
            return fromEdges(n, from, to, weight, count);
        }
    }

    private ClusterGraph withoutParallelEdges(int[] self) {
        ClusterGraph merged = aggregate(self, size());
        return new ClusterGraph(merged.offsets, merged.neighbors, merged.weights, strength, totalWeight);
    }

    /**
     * The graph whose vertices are the groups of {@code membership} (values 0..groups-1): weights between groups are
     * summed, weights inside a group count toward its strength only. O(V + E) expected. A large graph's groups are
     * aggregated in ranges on several cores, each exactly as alone.
     */
    public ClusterGraph aggregate(int[] membership, int groups) {
        double[] newStrength = new double[groups];
        int[] count = new int[groups + 1];
        for (int v = 0; v < size(); v++) {
            newStrength[membership[v]] += strength[v];
            count[membership[v] + 1]++;
        }
        int[] start = new int[groups + 1];
        for (int c = 0; c < groups; c++) {
            start[c + 1] = start[c] + count[c + 1];
        }
        int[] byGroup = new int[size()];
        int[] fill = Arrays.copyOf(start, groups);
        for (int v = 0; v < size(); v++) {
            byGroup[fill[membership[v]]++] = v;
        }
        int ranges = neighbors.length < PARALLEL_EDGES ? 1 : RANGES;
        int[] bounds = new int[ranges + 1];
        for (int r = 1, c = 0, seen = 0; r < ranges; r++) { // ranges of groups holding about as many edge ends
            while (c < groups && seen < (long) neighbors.length * r / ranges) {
                for (int k = start[c]; k < start[c + 1]; k++) {
                    seen += offsets[byGroup[k] + 1] - offsets[byGroup[k]];
                }
                c++;
            }
            bounds[r] = c;
        }
        bounds[ranges] = groups;
        Range[] parts = new Range[ranges];
        if (ranges == 1) {
            parts[0] = aggregate(membership, groups, start, byGroup, 0, groups);
        } else {
            java.util.stream.IntStream.range(0, ranges).parallel().forEach(r ->
                    parts[r] = aggregate(membership, groups, start, byGroup, bounds[r], bounds[r + 1]));
        }
        int[] outOffsets = new int[groups + 1];
        int edges = 0;
        for (int r = 0; r < ranges; r++) {
            for (int c = bounds[r]; c < bounds[r + 1]; c++) {
                outOffsets[c + 1] = edges + parts[r].offsets[c - bounds[r] + 1];
            }
            edges += parts[r].edges;
        }
        int[] outNeighbors = new int[edges];
        double[] outWeights = new double[edges];
        for (int r = 0, at = 0; r < ranges; r++) {
            System.arraycopy(parts[r].neighbors, 0, outNeighbors, at, parts[r].edges);
            System.arraycopy(parts[r].weights, 0, outWeights, at, parts[r].edges);
            at += parts[r].edges;
        }
        return new ClusterGraph(outOffsets, outNeighbors, outWeights, newStrength, totalWeight);
    }

    /** Edges of aggregated groups {@code from..to-1}; offsets relative to the range. */
    private record Range(int[] offsets, int[] neighbors, double[] weights, int edges) {
    }

    private Range aggregate(int[] membership, int groups, int[] start, int[] byGroup, int from, int to) {
        int capacity = 0;
        for (int k = start[from]; k < start[to]; k++) {
            capacity += offsets[byGroup[k] + 1] - offsets[byGroup[k]];
        }
        double[] acc = new double[groups];
        int[] mark = new int[groups];
        Arrays.fill(mark, -1);
        int[] touched = new int[groups];
        long[] bits = new long[(groups + 63) / 64];
        int[] outOffsets = new int[to - from + 1];
        int[] outNeighbors = new int[capacity];
        double[] outWeights = new double[capacity];
        int edges = 0;
        for (int c = from; c < to; c++) {
            int nt = 0;
            int lowest = groups;
            int highest = -1;
            for (int k = start[c]; k < start[c + 1]; k++) {
                int v = byGroup[k];
                for (int i = offsets[v]; i < offsets[v + 1]; i++) {
                    int d = membership[neighbors[i]];
                    if (d == c) {
                        continue;
                    }
                    if (mark[d] != c) {
                        mark[d] = c;
                        touched[nt++] = d;
                        lowest = Math.min(lowest, d);
                        highest = Math.max(highest, d);
                    }
                    acc[d] += weights[i];
                }
            }
            sortDistinct(touched, nt, lowest, highest, bits);
            for (int t = 0; t < nt; t++) {
                outNeighbors[edges] = touched[t];
                outWeights[edges++] = acc[touched[t]];
                acc[touched[t]] = 0;
            }
            outOffsets[c - from + 1] = edges;
        }
        return new Range(outOffsets, outNeighbors, outWeights, edges);
    }

    /**
     * Sorts {@code nt} distinct values in {@code lowest..highest}: by a bit set over that span when it is short
     * for their number (the span's words are cleared again), else by {@link Arrays#sort}.
     */
    private static void sortDistinct(int[] values, int nt, int lowest, int highest, long[] bits) {
        if (nt < 2) {
            return;
        }
        int base = lowest >>> 6;
        int words = (highest >>> 6) - base + 1;
        if (words > 2 * nt) {
            Arrays.sort(values, 0, nt);
            return;
        }
        for (int t = 0; t < nt; t++) {
            bits[values[t] >>> 6] |= 1L << values[t];
        }
        int t = 0;
        for (int w = base; w < base + words; w++) {
            long word = bits[w];
            bits[w] = 0;
            while (word != 0) {
                values[t++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
    }
}
