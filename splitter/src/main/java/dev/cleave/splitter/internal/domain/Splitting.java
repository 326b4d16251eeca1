package dev.cleave.splitter.internal.domain;

import dev.cleave.splitter.internal.cluster.ClusterGraph;
import dev.cleave.splitter.internal.cluster.Leiden;
import dev.cleave.splitter.internal.cluster.Partitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits one cluster: Leiden on the subgraph it induces (atoms kept whole), with the resolution raised until it
 * falls apart in at least two parts.
 */
final class Splitting {
    private static final double MAX_RESOLUTION = 1024;

    private Splitting() {
    }

    /**
     * Part of each member (0..p-1, p ≥ 2), or null when the cluster cannot be split (a single class, or a single
     * atom carrying a user constraint; an atom the rules formed, a repository with its entity, may be cut).
     *
     * @param members vertices of the cluster, ascending
     */
    static int[] parts(Layout layout, List<Integer> members, double startResolution, long seed) {
        return parts(layout, members, null, startResolution, seed);
    }

    /** {@link #parts(Layout, List, double, long)} of a cluster whose edges are at hand. */
    static int[] parts(Layout layout, ClusterEdges cluster, double startResolution, long seed) {
        return parts(layout, cluster.members(), cluster, startResolution, seed);
    }

    private static int[] parts(Layout layout, List<Integer> members, ClusterEdges edges, double startResolution,
                               long seed) {
        Map<Integer, Integer> localAtom = new HashMap<>();
        int[] atomOfMember = new int[members.size()];
        for (int i = 0; i < members.size(); i++) {
            atomOfMember[i] = localAtom.computeIfAbsent(layout.atom[members.get(i)], a -> localAtom.size());
        }
        if (localAtom.size() < 2) {
            if (members.size() < 2 || members.stream().anyMatch(layout::constrained)) {
                return null;
            }
            localAtom.clear();
            for (int i = 0; i < members.size(); i++) {
                atomOfMember[i] = i;
                localAtom.put(-1 - i, i);
            }
        }
        ClusterGraph sub = induced(edges != null ? edges : ClusterEdges.of(layout.graph, members), atomOfMember,
                localAtom.size());
        for (double r = startResolution; r <= MAX_RESOLUTION; r *= 2) {
            int[] atomPart = new Leiden(r, seed).cluster(sub);
            if (Partitions.count(atomPart) >= 2) {
                int[] part = new int[members.size()];
                for (int i = 0; i < part.length; i++) {
                    part[i] = atomPart[atomOfMember[i]];
                }
                return part;
            }
        }
        int[] part = new int[members.size()];
        for (int i = 0; i < part.length; i++) {
            part[i] = atomOfMember[i] == atomOfMember[part.length - 1] ? 1 : 0;
        }
        return part;
    }

    private static ClusterGraph induced(ClusterEdges cluster, int[] atomOfMember, int atoms) {
        ClusterGraph.Builder edges = new ClusterGraph.Builder(cluster.size());
        for (int i = 0; i < cluster.size(); i++) {
            for (int k = cluster.offsets()[i]; k < cluster.offsets()[i + 1]; k++) {
                int j = cluster.neighbors()[k];
                if (j > i) {
                    edges.add(i, j, cluster.weights()[k]);
                }
            }
        }
        return edges.build().aggregate(atomOfMember, atoms);
    }

    /**
     * Joins the parts most connected for their strength (w_ab / (K_a·K_b), as average linkage) until two remain:
     * the bisection the parts suggest. O(p² + E) per join.
     */
    static int[] bisection(Layout layout, ClusterEdges cluster, int[] part) {
        int[] p = part.clone();
        double[] own = new double[cluster.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = layout.graph.strength()[cluster.members().get(i)] + 1e-9;
        }
        while (Partitions.count(p) > 2) {
            int k = Partitions.count(p);
            double[][] w = new double[k][k];
            double[] volume = new double[k];
            for (int i = 0; i < own.length; i++) {
                volume[p[i]] += own[i];
                for (int e = cluster.offsets()[i]; e < cluster.offsets()[i + 1]; e++) {
                    int j = cluster.neighbors()[e];
                    if (p[j] != p[i]) {
                        w[p[i]][p[j]] += cluster.weights()[e];
                    }
                }
            }
            int bestA = 0;
            int bestB = 1;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    if (w[a][b] / (volume[a] * volume[b]) > w[bestA][bestB] / (volume[bestA] * volume[bestB])) {
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            for (int i = 0; i < p.length; i++) {
                p[i] = p[i] == bestB ? bestA : p[i];
            }
            Partitions.renumber(p);
        }
        return p;
    }

    /** Gives each part but the one holding the first member a new cluster number. */
    static void apply(Layout layout, List<Integer> members, int[] part) {
        int next = layout.clusters();
        Map<Integer, Integer> newId = new HashMap<>();
        newId.put(part[0], layout.place[members.get(0)]);
        for (int i = 0; i < part.length; i++) {
            int p = part[i];
            if (!newId.containsKey(p)) {
                newId.put(p, next++);
            }
            layout.place[members.get(i)] = newId.get(p);
        }
    }
}
