package dev.cleave.splitter.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Clusters of a {@link Layout} as a small graph that supports merging in time proportional to the merged clusters'
 * neighbourhoods: size, anchors, pin and keep-apart groups per cluster, and the weight between clusters.
 * {@link #apply()} writes the merges back to the layout.
 */
final class ClusterLinks {
    final Layout layout;
    final int[] size;
    final boolean[] anchored;
    final String[] pin;
    final List<Set<Integer>> apart;
    final List<Map<Integer, Double>> weight;
    final int[] mergedInto;

    ClusterLinks(Layout layout) {
        this.layout = layout;
        int k = layout.clusters();
        size = new int[k];
        anchored = new boolean[k];
        pin = new String[k];
        apart = new ArrayList<>();
        weight = new ArrayList<>();
        mergedInto = new int[k];
        for (int c = 0; c < k; c++) {
            apart.add(new HashSet<>());
            weight.add(new TreeMap<>());
            mergedInto[c] = c;
        }
        int[] place = layout.place;
        for (int v = 0; v < place.length; v++) {
            if (place[v] >= 0) {
                size[place[v]]++;
                anchored[place[v]] |= layout.facts.anchors().isAnchor(v);
                pin[place[v]] = pin[place[v]] != null ? pin[place[v]] : layout.pin[v];
            }
        }
        for (int gi = 0; gi < layout.keepApart.length; gi++) {
            for (int v : layout.keepApart[gi]) {
                if (place[v] >= 0) {
                    apart.get(place[v]).add(gi);
                }
            }
        }
        var g = layout.graph;
        for (int v = 0; v < place.length; v++) {
            for (int i = g.offsets()[v]; i < g.offsets()[v + 1]; i++) {
                int a = place[v];
                int b = place[g.neighbors()[i]];
                if (a >= 0 && b >= 0 && a != b) {
                    weight.get(a).merge(b, g.weights()[i], Double::sum);
                }
            }
        }
    }

    boolean canJoin(int a, int b) {
        if (pin[a] != null && pin[b] != null && !pin[a].equals(pin[b])) {
            return false;
        }
        for (int group : apart.get(a)) {
            if (apart.get(b).contains(group)) {
                return false;
            }
        }
        return true;
    }

    /** The live neighbour most connected to c that c may join (ties: lowest number), or -1. */
    int bestNeighbour(int c) {
        int best = -1;
        double bestWeight = 0;
        for (Map.Entry<Integer, Double> e : weight.get(c).entrySet()) {
            if (e.getValue() > bestWeight && canJoin(c, e.getKey())) {
                best = e.getKey();
                bestWeight = e.getValue();
            }
        }
        return best;
    }

    /** Merges cluster {@code from} into {@code into}. */
    void merge(int from, int into) {
        mergedInto[from] = into;
        size[into] += size[from];
        size[from] = 0;
        anchored[into] |= anchored[from];
        pin[into] = pin[into] != null ? pin[into] : pin[from];
        apart.get(into).addAll(apart.get(from));
        Map<Integer, Double> moved = weight.get(from);
        weight.set(from, new HashMap<>());
        for (Map.Entry<Integer, Double> e : moved.entrySet()) {
            int n = e.getKey();
            Map<Integer, Double> theirs = weight.get(n);
            theirs.remove(from);
            if (n != into) {
                theirs.merge(into, e.getValue(), Double::sum);
                weight.get(into).merge(n, e.getValue(), Double::sum);
            }
        }
        weight.get(into).remove(from);
    }

    /** Writes the merges to the layout's places. */
    void apply() {
        int[] place = layout.place;
        for (int v = 0; v < place.length; v++) {
            if (place[v] >= 0) {
                place[v] = root(place[v]);
            }
        }
    }

    int root(int c) {
        while (mergedInto[c] != c) {
            c = mergedInto[c];
        }
        return c;
    }
}
