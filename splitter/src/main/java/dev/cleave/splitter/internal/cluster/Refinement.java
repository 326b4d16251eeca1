package dev.cleave.splitter.internal.cluster;

import java.util.Random;

/**
 * The refinement phase of Leiden (Traag et al. 2019, Algorithm A.2, RefinePartition / MergeNodesSubset): inside
 * each community S of the partition, starting from singletons, each vertex that is still a singleton and is
 * well connected to S (its weight to the rest of S is at least γ·k_v·(K_S − k_v)/2m) merges into the sub-community
 * of S that is itself well connected and gives the largest positive modularity gain. Every resulting
 * sub-community is connected. O(E).
 */
final class Refinement {
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
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        double[] w = g.weights();
        double[] k = g.strength();
        double[] partStrength = new double[n];
        double[] refStrength = k.clone();
        int[] refSize = new int[n];
        double[] external = new double[n];
        for (int v = 0; v < n; v++) {
            partStrength[part[v]] += k[v];
            refSize[v] = 1;
            for (int i = off[v]; i < off[v + 1]; i++) {
                if (part[nb[i]] == part[v]) {
                    external[v] += w[i];
                }
            }
        }
        double[] toRef = new double[n];
        int[] seen = new int[n];
        java.util.Arrays.fill(seen, -1);
        int[] touched = new int[n];
        for (int v : Leiden.permutation(n, random)) {
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
        return refined;
    }
}
