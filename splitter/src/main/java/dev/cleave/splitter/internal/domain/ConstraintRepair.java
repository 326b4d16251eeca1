package dev.cleave.splitter.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes a clustering honour the user's constraints. Classes pinned to one service are already one atom; when a
 * cluster holds atoms pinned to different services, the pins other than the largest move to clusters of their own;
 * when a keep-apart group shares a cluster, each later member (preferring unpinned ones) moves out. Unconstrained
 * atoms then follow by greedy modularity moves, so the neighbours of a moved pin can come with it.
 */
final class ConstraintRepair {
    private static final int POLISH_PASSES = 5;

    private ConstraintRepair() {
    }

    static void run(Layout layout) {
        boolean moved = separatePins(layout) | separateKeepApart(layout);
        if (moved) {
            polish(layout);
        }
    }

    private static boolean separatePins(Layout layout) {
        boolean moved = false;
        Map<Integer, Map<String, List<Integer>>> pinsByCluster = new TreeMap<>();
        for (int v = 0; v < layout.place.length; v++) {
            if (layout.place[v] >= 0 && layout.pin[v] != null) {
                pinsByCluster.computeIfAbsent(layout.place[v], c -> new TreeMap<>())
                        .computeIfAbsent(layout.pin[v], p -> new ArrayList<>()).add(v);
            }
        }
        for (Map<String, List<Integer>> byPin : pinsByCluster.values()) {
            if (byPin.size() < 2) {
                continue;
            }
            String stays = byPin.keySet().stream().max((a, b) -> byPin.get(a).size() != byPin.get(b).size()
                    ? byPin.get(a).size() - byPin.get(b).size() : b.compareTo(a)).orElseThrow();
            for (var e : byPin.entrySet()) {
                if (!e.getKey().equals(stays)) {
                    int fresh = layout.clusters();
                    e.getValue().forEach(v -> layout.place[v] = fresh);
                    moved = true;
                }
            }
        }
        return moved;
    }

    private static boolean separateKeepApart(Layout layout) {
        boolean moved = false;
        for (int[] group : layout.keepApart) {
            for (int i = 0; i < group.length; i++) {
                for (int j = 0; j < i; j++) {
                    int a = group[j];
                    int b = group[i];
                    if (layout.place[a] == layout.place[b] && layout.place[a] >= 0) {
                        moveAtom(layout, layout.pin[b] == null ? b : a, layout.clusters());
                        moved = true;
                    }
                }
            }
        }
        return moved;
    }

    private static void moveAtom(Layout layout, int v, int cluster) {
        int atom = layout.atom[v];
        for (int u = 0; u < layout.place.length; u++) {
            if (layout.atom[u] == atom) {
                layout.place[u] = cluster;
            }
        }
    }

    /** Greedy modularity moves of unconstrained atoms into neighbouring clusters. */
    static void polish(Layout layout) {
        for (int pass = 0; pass < POLISH_PASSES; pass++) {
            if (!polishOnce(layout)) {
                return;
            }
        }
    }

    private static boolean polishOnce(Layout layout) {
        var g = layout.graph;
        double twoM = 2 * Math.max(g.totalWeight(), 1e-9);
        double[] strength = layout.strengths();
        Map<Integer, List<Integer>> atoms = new TreeMap<>();
        for (int v = 0; v < layout.place.length; v++) {
            if (layout.place[v] >= 0 && !layout.constrained(v)) {
                atoms.computeIfAbsent(layout.atom[v], a -> new ArrayList<>()).add(v);
            }
        }
        boolean moved = false;
        for (List<Integer> atom : atoms.values()) {
            int own = layout.place[atom.get(0)];
            double k = 0;
            Map<Integer, Double> to = new TreeMap<>();
            for (int v : atom) {
                k += g.strength()[v];
                for (int i = g.offsets()[v]; i < g.offsets()[v + 1]; i++) {
                    int c = layout.place[g.neighbors()[i]];
                    if (c >= 0 && !atom.contains(g.neighbors()[i])) {
                        to.merge(c, g.weights()[i], Double::sum);
                    }
                }
            }
            final double ka = k;
            double ownGain = to.getOrDefault(own, 0.0) - layout.resolution * ka * (strength[own] - ka) / twoM;
            int best = own;
            double bestGain = ownGain;
            for (var e : to.entrySet()) {
                double gain = e.getValue() - layout.resolution * ka * strength[e.getKey()] / twoM;
                if (e.getKey() != own && gain > bestGain + 1e-9) {
                    best = e.getKey();
                    bestGain = gain;
                }
            }
            if (best != own) {
                strength[own] -= ka;
                strength[best] += ka;
                for (int v : atom) {
                    layout.place[v] = best;
                }
                moved = true;
            }
        }
        return moved;
    }
}
