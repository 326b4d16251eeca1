package dev.cleave.splitter.internal.cluster;

import java.util.Random;

/**
 * Leiden community detection maximising modularity with a resolution parameter γ, after V. A. Traag, L. Waltman
 * and N. J. van Eck, "From Louvain to Leiden: guaranteeing well-connected communities", Scientific Reports 9, 5233
 * (2019). Each level runs the paper's three phases: fast local moving of vertices (a queue that only revisits
 * neighbours of moved vertices), refinement (inside each community, well-connected singletons merge into
 * well-connected sub-communities, so every final community is connected), and aggregation of the graph on the
 * refined partition with the unrefined partition as the start of the next level. Levels repeat until no vertex
 * moves; then the whole procedure is iterated from its own result while it still improves.
 *
 * <p>Refinement takes, for each vertex, the admissible sub-community with the largest gain (the deterministic limit
 * θ → 0 of the paper's randomised choice). The vertex order of each phase is a permutation drawn from a
 * {@link Random} seeded with {@code seed}, so equal inputs give equal outputs.
 *
 * <p>Complexity: O(E) per local-moving pass and per refinement; in practice a small number of passes and
 * O(log V) levels, so close to O(E log V) time and O(V + E) memory.
 */
public final class Leiden {
    private static final int MAX_LEVELS = 100;
    private static final int MAX_ITERATIONS = 10;

    private final double resolution;
    private final long seed;

    public Leiden(double resolution, long seed) {
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("resolution must be positive: " + resolution);
        }
        this.resolution = resolution;
        this.seed = seed;
    }

    /** Community of each vertex, numbered 0..k-1 in order of each community's lowest vertex. */
    public int[] cluster(ClusterGraph graph) {
        return cluster(graph, null);
    }

    /** As {@link #cluster(ClusterGraph)}, starting from {@code initial} (community per vertex; null = singletons). */
    public int[] cluster(ClusterGraph graph, int[] initial) {
        Random random = new Random(seed);
        int[] best = initial == null ? identity(graph.size()) : initial.clone();
        Partitions.renumber(best);
        double quality = Partitions.modularity(graph, best, resolution);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            int[] next = levels(graph, best, random);
            double q = Partitions.modularity(graph, next, resolution);
            if (q <= quality + 1e-12 * Math.max(1, Math.abs(quality))) {
                break;
            }
            best = next;
            quality = q;
        }
        Partitions.renumber(best);
        return best;
    }

    private int[] levels(ClusterGraph graph, int[] start, Random random) {
        ClusterGraph g = graph;
        int[] part = start.clone();
        int[] flat = identity(graph.size());
        for (int level = 0; level < MAX_LEVELS; level++) {
            new LocalMoving(g, resolution).run(part, random);
            int communities = Partitions.renumber(part);
            if (communities == g.size()) {
                break;
            }
            int[] refined = new Refinement(g, resolution).run(part, random);
            int groups = Partitions.renumber(refined);
            if (groups == g.size()) {
                refined = part.clone();
                groups = communities;
            }
            int[] next = new int[groups];
            for (int v = 0; v < g.size(); v++) {
                next[refined[v]] = part[v];
            }
            for (int x = 0; x < flat.length; x++) {
                flat[x] = refined[flat[x]];
            }
            g = g.aggregate(refined, groups);
            part = next;
        }
        int[] result = new int[flat.length];
        for (int x = 0; x < flat.length; x++) {
            result[x] = part[flat[x]];
        }
        return result;
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    static int[] permutation(int n, Random random) {
        int[] a = identity(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
