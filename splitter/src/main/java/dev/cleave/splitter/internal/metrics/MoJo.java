package dev.cleave.splitter.internal.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The exact MoJo move-and-join distance mno(A, B) from partition A to partition B (Wen and Tzerpos 2003,
 * "An optimal algorithm for MoJo distance", IWPC; used by MoJoFM, Wen and Tzerpos 2004, "An effectiveness
 * measure for software clustering algorithms", IWPC).
 *
 * <p>Each cluster A_i is tagged with a cluster ("group") B_j it shares the most objects with; its other objects
 * must move: moves = Σ_i (|A_i| − max_j |A_i ∩ B_j|). Clusters tagged with the same group must be joined:
 * joins = l − (number of distinct groups used). Among the maximal groups of each A_i, a maximum bipartite
 * matching (clusters × groups, an edge where the overlap is maximal) uses as many distinct groups as possible,
 * which makes the sum optimal. Matching by augmenting paths (Kuhn): O(n + l·E_max) with E_max the
 * maximal-overlap edges.
 *
 * @param moves objects moved
 * @param joins clusters joined
 * @param tags  the group each cluster of A ends up in
 */
public record MoJo(int moves, int joins, int[] tags) {

    /**
     * @param a cluster of each object in A, in {@code 0..l-1}
     * @param l clusters of A (each non-empty)
     * @param b cluster of the same object in B, in {@code 0..m-1}
     * @param m clusters of B
     */
    public static MoJo of(int[] a, int l, int[] b, int m) {
        @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type is created raw
        Map<Integer, Integer>[] overlap = new Map[l];
        int[] size = new int[l];
        for (int i = 0; i < l; i++) {
            overlap[i] = new HashMap<>();
        }
        for (int o = 0; o < a.length; o++) {
            overlap[a[o]].merge(b[o], 1, Integer::sum);
            size[a[o]]++;
        }
        int moves = 0;
        int[][] best = new int[l][];
        for (int i = 0; i < l; i++) {
            int max = overlap[i].values().stream().mapToInt(Integer::intValue).max().orElse(0);
            moves += size[i] - max;
            best[i] = overlap[i].entrySet().stream().filter(e -> e.getValue() == max)
                    .mapToInt(Map.Entry::getKey).sorted().toArray();
        }
        int[] clusterOfGroup = new int[m];
        Arrays.fill(clusterOfGroup, -1);
        int matched = 0;
        int[] seen = new int[m];
        Arrays.fill(seen, -1);
        for (int i = 0; i < l; i++) {
            if (augment(i, i, best, clusterOfGroup, seen)) {
                matched++;
            }
        }
        int[] tags = new int[l];
        for (int i = 0; i < l; i++) {
            tags[i] = best[i].length == 0 ? -1 : best[i][0];
        }
        for (int j = 0; j < m; j++) {
            if (clusterOfGroup[j] >= 0) {
                tags[clusterOfGroup[j]] = j;
            }
        }
        return new MoJo(moves, l - matched, tags);
    }

    /** Kuhn's augmenting path from cluster {@code i}; {@code seen[j] == round} marks groups visited this round. */
    private static boolean augment(int i, int round, int[][] best, int[] clusterOfGroup, int[] seen) {
        for (int j : best[i]) {
            if (seen[j] != round) {
                seen[j] = round;
                if (clusterOfGroup[j] < 0 || augment(clusterOfGroup[j], round, best, clusterOfGroup, seen)) {
                    clusterOfGroup[j] = i;
                    return true;
                }
            }
        }
        return false;
    }

    public int mno() {
        return moves + joins;
    }

    /**
     * max(mno(∀A, B)) = n − g (Wen and Tzerpos 2004): g is the largest number of groups of B an arbitrary A can
     * keep, found by scanning B's cluster sizes in ascending order and counting a group whenever the size exceeds
     * the count so far. g equals the number of clusters of B unless B has many tiny clusters.
     */
    public static int maxDistance(int[] sizesOfB, int objects) {
        int[] sorted = sizesOfB.clone();
        Arrays.sort(sorted);
        int g = 0;
        for (int size : sorted) {
            if (g < size) {
                g++;
            }
        }
        return objects - g;
    }
}
