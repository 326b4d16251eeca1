package dev.cleave.splitter.internal.cluster;

import java.util.Arrays;

/** Helpers on partitions given as a community id per vertex. */
public final class Partitions {
    private Partitions() {
    }

    /**
     * Renumbers communities in place to 0..k-1 in order of their lowest vertex; returns k. Ids may be any
     * non-negative ints; O(V + max id).
     */
    public static int renumber(int[] membership) {
        int max = -1;
        for (int c : membership) {
            if (c < 0) {
                throw new IllegalArgumentException("negative community id " + c);
            }
            max = Math.max(max, c);
        }
        int[] ids = new int[max + 1];
        Arrays.fill(ids, -1);
        int next = 0;
        for (int v = 0; v < membership.length; v++) {
            if (ids[membership[v]] < 0) {
                ids[membership[v]] = next++;
            }
            membership[v] = ids[membership[v]];
        }
        return next;
    }

    /** Number of communities of a membership numbered 0..k-1. */
    public static int count(int[] membership) {
        return Arrays.stream(membership).max().orElse(-1) + 1;
    }

    /**
     * Newman's modularity with resolution γ: Q = Σ_c [ in_c / m − γ (K_c / 2m)² ], where in_c is the weight inside c
     * (counting the internal weight of aggregated vertices) and K_c the total strength of c. 0 for an empty graph.
     */
    public static double modularity(ClusterGraph g, int[] membership, double resolution) {
        double m = g.totalWeight();
        if (m <= 0) {
            return 0;
        }
        int k = 0;
        for (int c : membership) {
            k = Math.max(k, c + 1);
        }
        double[] inside = new double[k];
        double[] total = new double[k];
        for (int v = 0; v < g.size(); v++) {
            double external = 0;
            for (int i = g.offsets()[v]; i < g.offsets()[v + 1]; i++) {
                external += g.weights()[i];
                if (membership[g.neighbors()[i]] == membership[v]) {
                    inside[membership[v]] += g.weights()[i];
                }
            }
            inside[membership[v]] += g.strength()[v] - external;
            total[membership[v]] += g.strength()[v];
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / (2 * m) - resolution * (total[c] / (2 * m)) * (total[c] / (2 * m));
        }
        return q;
    }
}
