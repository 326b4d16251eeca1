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
        ClusterGraph sub = induced(layout.graph, members, atomOfMember, localAtom.size());
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

    private static ClusterGraph induced(ClusterGraph g, List<Integer> members, int[] atomOfMember, int atoms) {
        int[] local = localIndex(g.offsets().length - 1, members);
        ClusterGraph.Builder edges = new ClusterGraph.Builder(members.size());
        for (int i = 0; i < members.size(); i++) {
            int v = members.get(i);
            for (int k = g.offsets()[v]; k < g.offsets()[v + 1]; k++) {
                int j = local[g.neighbors()[k]];
                if (j > i) {
                    edges.add(i, j, g.weights()[k]);
                }
            }
        }
        return edges.build().aggregate(atomOfMember, atoms);
    }

    /**
     * Joins the parts most connected for their strength (w_ab / (K_a·K_b), as average linkage) until two remain:
     * the bisection the parts suggest. O(p² + E) per join.
     */
    static int[] bisection(Layout layout, List<Integer> members, int[] part) {
        int[] p = part.clone();
        var g = layout.graph;
        int[] local = localIndex(g.offsets().length - 1, members);
        while (Partitions.count(p) > 2) {
            int k = Partitions.count(p);
            double[][] w = new double[k][k];
            double[] volume = new double[k];
            for (int i = 0; i < members.size(); i++) {
                int v = members.get(i);
                volume[p[i]] += g.strength()[v] + 1e-9;
                for (int e = g.offsets()[v]; e < g.offsets()[v + 1]; e++) {
                    int j = local[g.neighbors()[e]];
                    if (j >= 0 && p[j] != p[i]) {
                        w[p[i]][p[j]] += g.weights()[e];
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

    /** Position of each vertex in {@code members}, -1 for the others: an array instead of a boxed map. */
    private static int[] localIndex(int vertices, List<Integer> members) {
        int[] local = new int[vertices];
        java.util.Arrays.fill(local, -1);
        for (int i = 0; i < members.size(); i++) {
            local[members.get(i)] = i;
        }
        return local;
    }
}
