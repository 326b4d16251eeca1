package dev.cleave.splitter.internal.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Service sizes and counts. Automatic: a cluster above the size of a service that holds several capabilities
 * (entities or entry points with different stems) is cut in two when the cut is clean (low conductance), and the
 * halves are examined again. Fixed or bounded: the pair of clusters whose merge
 * raises modularity most (or lowers it least) is merged, and the largest splittable cluster is split, until the
 * count fits.
 */
final class Sizing {
    private static final int MAX_ROUNDS = 100_000;
    /**
     * An oversized cluster is only split when every part is loosely tied to the rest: weight leaving the part
     * within the cluster at most this share of the smaller side's strength (conductance).
     */
    static final double MAX_CONDUCTANCE = 0.15;

    private Sizing() {
    }

    /** Splits clusters larger than {@code maxSize} that anchor two or more capabilities; true if one was split. */
    static boolean splitLarge(Layout layout, int maxSize, long seed) {
        layout.compact();
        List<List<Integer>> round = new java.util.ArrayList<>(layout.members());
        boolean any = false;
        while (!round.isEmpty()) {
            // Each cluster's cut depends only on the graph and the cluster, so a round's cuts are found in
            // parallel and applied in queue order: the same result as one cluster after the other.
            List<List<Integer>> current = round;
            int[][] cuts = java.util.stream.IntStream.range(0, current.size()).parallel()
                    .mapToObj(i -> cleanCut(layout, current.get(i), maxSize, seed)).toArray(int[][]::new);
            round = new java.util.ArrayList<>();
            for (int c = 0; c < cuts.length; c++) {
                int[] part = cuts[c];
                if (part == null) {
                    continue;
                }
                List<Integer> cluster = current.get(c);
                Splitting.apply(layout, cluster, part);
                java.util.Map<Integer, List<Integer>> byPart = new java.util.TreeMap<>();
                for (int i = 0; i < part.length; i++) {
                    byPart.computeIfAbsent(part[i], p -> new java.util.ArrayList<>()).add(cluster.get(i));
                }
                round.addAll(byPart.values());
                any = true;
            }
        }
        layout.compact();
        return any;
    }

    /** The clean cut of an oversized cluster holding several capabilities, or null when it should stay whole. */
    private static int[] cleanCut(Layout layout, List<Integer> cluster, int maxSize, long seed) {
        if (cluster.size() <= maxSize || capabilities(layout, cluster) < 2) {
            return null;
        }
        ClusterEdges edges = ClusterEdges.of(layout.graph, cluster);
        int[] parts = Splitting.parts(layout, edges, layout.resolution * 1.5, seed);
        int[] part = parts == null ? null : Splitting.bisection(layout, edges, parts);
        if (part != null && anchoredParts(layout, cluster, part) >= 2
                && maxConductance(edges, part) <= MAX_CONDUCTANCE) {
            return part;
        }
        return null;
    }

    private static int capabilities(Layout layout, List<Integer> cluster) {
        Anchors anchors = layout.facts.anchors();
        Set<String> stems = new java.util.HashSet<>();
        for (int v : cluster) {
            if (!anchors.stem(v).isEmpty()) {
                stems.add(anchors.key(v));
            }
        }
        return stems.size();
    }

    /** Largest conductance of a part against the rest of its cluster. */
    static double maxConductance(ClusterEdges cluster, int[] part) {
        int parts = java.util.Arrays.stream(part).max().orElse(0) + 1;
        double[] cut = new double[parts];
        double[] volume = new double[parts];
        double total = 0;
        for (int i = 0; i < cluster.size(); i++) {
            for (int k = cluster.offsets()[i]; k < cluster.offsets()[i + 1]; k++) {
                int j = cluster.neighbors()[k];
                double w = cluster.weights()[k];
                volume[part[i]] += w;
                total += w;
                cut[part[i]] += part[j] != part[i] ? w : 0;
            }
        }
        double worst = 0;
        for (int p = 0; p < parts; p++) {
            double smaller = Math.min(volume[p], total - volume[p]);
            worst = Math.max(worst, smaller <= 0 ? 1 : cut[p] / smaller);
        }
        return worst;
    }

    private static int anchoredParts(Layout layout, List<Integer> cluster, int[] part) {
        Set<Integer> anchored = new TreeSet<>();
        for (int i = 0; i < part.length; i++) {
            if (layout.facts.anchors().isAnchor(cluster.get(i))) {
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
                mergeDown(layout, max);
            } else if (min > 0 && k < min) {
                splitLargest(layout, seed);
            } else {
                return;
            }
        }
    }

    /** Merges clusters, best modularity gain first (linked pairs before unlinked ones), down to {@code max}. */
    private static void mergeDown(Layout layout, int max) {
        ClusterLinks links = new ClusterLinks(layout);
        double[] strength = layout.strengths();
        double twoM = 2 * Math.max(layout.graph.totalWeight(), 1e-9);
        int live = links.size.length;
        while (live > max) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < links.size.length; a++) {
                if (links.mergedInto[a] != a) {
                    continue;
                }
                for (var e : links.weight.get(a).entrySet()) {
                    double gain = e.getValue() - layout.resolution * strength[a] * strength[e.getKey()] / twoM;
                    if (e.getKey() > a && gain > best && links.canJoin(a, e.getKey())) {
                        best = gain;
                        bestA = a;
                        bestB = e.getKey();
                    }
                }
            }
            if (bestA < 0) {
                for (int a = 0; a < links.size.length && bestA < 0; a++) {
                    for (int b = a + 1; b < links.size.length; b++) {
                        if (links.mergedInto[a] == a && links.mergedInto[b] == b && links.canJoin(a, b)) {
                            double gain = -strength[a] * strength[b];
                            if (gain > best) {
                                best = gain;
                                bestA = a;
                                bestB = b;
                            }
                        }
                    }
                }
            }
            if (bestA < 0) {
                throw new IllegalStateException("the keep-apart constraints and pins need more services than asked for");
            }
            links.merge(bestB, bestA);
            strength[bestA] += strength[bestB];
            live--;
        }
        links.apply();
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
        for (int from : new int[] {Layout.PENDING, Layout.SHARED, Layout.UNASSIGNED}) {
            for (int v = 0; v < layout.place.length; v++) {
                if (layout.place[v] == from) {
                    layout.place[v] = layout.clusters();
                    return;
                }
            }
        }
        throw new IllegalStateException("there are not enough classes to form that many services");
    }
}
