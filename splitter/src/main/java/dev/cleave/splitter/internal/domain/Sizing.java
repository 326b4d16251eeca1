package dev.cleave.splitter.internal.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Service sizes and counts. Automatic: a cluster far above the size of a service that holds several capabilities
 * (entities or entry points with different stems) is split. Fixed or bounded: the pair of clusters whose merge
 * raises modularity most (or lowers it least) is merged, and the largest splittable cluster is split, until the
 * count fits.
 */
final class Sizing {
    private static final int MAX_ROUNDS = 10_000;

    private Sizing() {
    }

    /** Splits clusters larger than {@code maxSize} that anchor two or more capabilities; true if one was split. */
    static boolean splitLarge(Layout layout, int maxSize, long seed) {
        boolean any = false;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            layout.compact();
            List<List<Integer>> members = layout.members();
            boolean split = false;
            for (List<Integer> cluster : members) {
                if (cluster.size() > maxSize && capabilities(layout, cluster) >= 2) {
                    int[] part = Splitting.parts(layout, cluster, layout.resolution * 1.5, seed);
                    if (part != null && anchoredParts(layout, cluster, part) >= 2) {
                        Splitting.apply(layout, cluster, part);
                        split = true;
                        break;
                    }
                }
            }
            if (!split) {
                return any;
            }
            any = true;
        }
        return any;
    }

    private static int capabilities(Layout layout, List<Integer> cluster) {
        Set<List<String>> stems = new TreeSet<>((a, b) -> String.join(" ", a).compareTo(String.join(" ", b)));
        for (int v : cluster) {
            List<String> stem = StemLinks.anchorStem(layout.facts, v);
            if (!stem.isEmpty()) {
                stems.add(stem);
            }
        }
        return stems.size();
    }

    private static int anchoredParts(Layout layout, List<Integer> cluster, int[] part) {
        Set<Integer> anchored = new TreeSet<>();
        for (int i = 0; i < part.length; i++) {
            if (Roles.isAnchor(layout.facts.node(cluster.get(i)))) {
                anchored.add(part[i]);
            }
        }
        return anchored.size();
    }

    /**
     * Merges or splits until {@code min <= clusters <= max} (0 = no bound).
     *
     * @throws IllegalStateException naming the cause when the constraints forbid every merge, or nothing is left
     *                               to split
     */
    static void fitCount(Layout layout, int min, int max, long seed) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            layout.compact();
            int k = layout.clusters();
            if (max > 0 && k > max) {
                mergeBestPair(layout);
            } else if (min > 0 && k < min) {
                splitLargest(layout, seed);
            } else {
                return;
            }
        }
    }

    private static void mergeBestPair(Layout layout) {
        double[][] conn = layout.connections();
        double[] strength = layout.strengths();
        double twoM = 2 * Math.max(layout.graph.totalWeight(), 1e-9);
        int bestA = -1;
        int bestB = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < conn.length; a++) {
            for (int b = a + 1; b < conn.length; b++) {
                double gain = conn[a][b] - layout.resolution * strength[a] * strength[b] / twoM;
                if (gain > best && layout.canJoin(a, b)) {
                    best = gain;
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA < 0) {
            throw new IllegalStateException("the keep-apart constraints and pins need more services than asked for");
        }
        layout.merge(bestB, bestA);
    }

    private static void splitLargest(Layout layout, long seed) {
        List<List<Integer>> members = layout.members();
        members.sort((a, b) -> b.size() - a.size());
        for (List<Integer> cluster : members) {
            int[] part = Splitting.parts(layout, cluster, layout.resolution * 1.5, seed);
            if (part != null) {
                Splitting.apply(layout, cluster, part);
                return;
            }
        }
        for (int v = 0; v < layout.place.length; v++) {
            if (layout.place[v] == Layout.SHARED || layout.place[v] == Layout.PENDING) {
                layout.place[v] = layout.clusters();
                return;
            }
        }
        throw new IllegalStateException("there are not enough classes to form that many services");
    }
}
