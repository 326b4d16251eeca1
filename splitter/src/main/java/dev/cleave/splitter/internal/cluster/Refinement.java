package dev.cleave.splitter.internal.cluster;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * The refinement phase of Leiden (Traag et al. 2019, Algorithm A.2, RefinePartition / MergeNodesSubset): inside
 * each community S of the partition, starting from singletons, each vertex that is still a singleton and is
 * well connected to S (its weight to the rest of S is at least γ·k_v·(K_S − k_v)/2m) merges into the sub-community
 * of S that is itself well connected and gives the largest positive modularity gain. Every resulting
 * sub-community is connected. O(E).
 *
 * <p>A vertex's step reads and writes only the state of its own community, so the communities of a large graph are
 * refined in ranges on several cores, each community's vertices in the order of the one random permutation: the
 * same result as one vertex after the other.
 */
final class Refinement {
    /** Edge ends from which communities are refined in {@link #RANGES} ranges in parallel. */
    private static final int PARALLEL_EDGES = 200_000;
    private static final int RANGES = 4;

    private final ClusterGraph g;
    private final double gamma;
    private final double twoM;

    Refinement(ClusterGraph g, double resolution) {
        this.g = g;
        this.gamma = resolution;
        this.twoM = 2 * g.totalWeight();
    }

    /** The refined partition (sub-community per vertex, ids are vertex numbers) of {@code part}. */
    int[] run(int[] part, Random random) {
        int n = g.size();
        int[] refined = Leiden.identity(n);
        if (twoM <= 0) {
            return refined;
        }
        State s = new State(part, refined);
        int[] order = Leiden.permutation(n, random);
        if (g.neighbors().length < PARALLEL_EDGES) {
            s.refine(order, 0, n);
            return refined;
        }
        int communities = 0;
        for (int v = 0; v < n; v++) {
            communities = Math.max(communities, part[v] + 1);
        }
        int[] start = new int[communities + 1];
        for (int v = 0; v < n; v++) {
            start[part[v] + 1]++;
        }
        for (int c = 0; c < communities; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = java.util.Arrays.copyOf(start, communities);
        int[] byCommunity = new int[n];
        for (int v : order) { // stable: each community's vertices keep their order in the permutation
            byCommunity[fill[part[v]]++] = v;
        }
        int[] bounds = new int[RANGES + 1];
        for (int r = 1, c = 0; r < RANGES; r++) { // ranges of whole communities of about as many vertices
            while (c < communities && start[c] < (long) n * r / RANGES) {
                c++;
            }
            bounds[r] = start[c];
        }
        bounds[RANGES] = n;
        IntStream.range(0, RANGES).parallel().forEach(r -> s.refine(byCommunity, bounds[r], bounds[r + 1]));
        return refined;
    }

    /** The refinement's arrays; each {@link #refine} call has its own scratch space. */
    private final class State {
        final int[] part;
        final int[] refined;
        final double[] partStrength;
        final double[] refStrength;
        final int[] refSize;
        final double[] external;

        State(int[] part, int[] refined) {
            int n = g.size();
            int[] off = g.offsets();
            int[] nb = g.neighbors();
            double[] w = g.weights();
            double[] k = g.strength();
            this.part = part;
            this.refined = refined;
            this.partStrength = new double[n];
            this.refStrength = k.clone();
            this.refSize = new int[n];
            this.external = new double[n];
            for (int v = 0; v < n; v++) {
                partStrength[part[v]] += k[v];
                refSize[v] = 1;
                for (int i = off[v]; i < off[v + 1]; i++) {
                    if (part[nb[i]] == part[v]) {
                        external[v] += w[i];
                    }
                }
            }
        }

        /** Visits {@code order[from..to)}, which holds whole communities. */
        void refine(int[] order, int from, int to) {
            int n = g.size();
            int[] off = g.offsets();
            int[] nb = g.neighbors();
            double[] w = g.weights();
            double[] k = g.strength();
            double[] toRef = new double[n];
            int[] seen = new int[n];
            java.util.Arrays.fill(seen, -1);
            int[] touched = new int[n];
            for (int o = from; o < to; o++) {
                int v = order[o];
                int own = refined[v];
                if (refSize[own] != 1) {
                    continue;
                }
                double ks = partStrength[part[v]];
                if (external[own] < gamma * k[v] * (ks - k[v]) / twoM) {
                    continue;
                }
                int nt = 0;
                for (int i = off[v]; i < off[v + 1]; i++) {
                    int u = nb[i];
                    if (part[u] != part[v]) {
                        continue;
                    }
                    int r = refined[u];
                    if (seen[r] != v) {
                        seen[r] = v;
                        toRef[r] = 0;
                        touched[nt++] = r;
                    }
                    toRef[r] += w[i];
                }
                int best = own;
                double bestGain = 0;
                for (int t = 0; t < nt; t++) {
                    int r = touched[t];
                    if (r == own || external[r] < gamma * refStrength[r] * (ks - refStrength[r]) / twoM) {
                        continue;
                    }
                    double gain = toRef[r] - gamma * k[v] * refStrength[r] / twoM;
                    if (gain > bestGain) {
                        best = r;
                        bestGain = gain;
                    }
                }
                if (best != own) {
                    external[best] += external[own] - 2 * toRef[best];
                    refStrength[best] += k[v];
                    refSize[best]++;
                    refSize[own] = 0;
                    refined[v] = best;
                }
            }
        }
    }
}
