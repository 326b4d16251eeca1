package dev.cleave.splitter.internal.domain;

import dev.cleave.splitter.internal.cluster.ClusterGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each class currently is while a plan is shaped: a cluster number (0..k-1), {@link #SHARED},
 * {@link #UNASSIGNED} or {@link #PENDING} (cross-cutting, not yet placed). Knows the clustering graph (vertex level),
 * the atoms and the user's constraints.
 */
public final class Layout {
    public static final int SHARED = -1;
    public static final int UNASSIGNED = -2;
    public static final int PENDING = -3;

    final Facts facts;
    final ClusterGraph graph;
    final int[] atom;
    final String[] pin;
    final int[][] keepApart;
    final int[] place;
    final double resolution;
    final boolean[] constrained;
    final int[][] stems;
    final int[] root;

    /**
     * @param pin       pinned service name per vertex, or null
     * @param keepApart   for each keep-apart group, its vertices
     * @param constrained whether a vertex's atom carries a user decision (pin, keep-together, keep-apart)
     * @param stems       name links of each vertex to anchors ({@link StemLinks})
     * @param root        the entity whose aggregate each vertex belongs to ({@link Aggregates#roots}), itself if none
     */
    public Layout(Facts facts, ClusterGraph graph, int[] atom, String[] pin, int[][] keepApart, boolean[] constrained,
                  int[][] stems, int[] root, int[] place, double resolution) {
        this.root = root;
        this.constrained = constrained;
        this.stems = stems;
        this.facts = facts;
        this.graph = graph;
        this.atom = atom;
        this.pin = pin;
        this.keepApart = keepApart;
        this.place = place;
        this.resolution = resolution;
    }

    /** Whether any class of the graph is an anchor (an entry point or an entity). */
    public boolean anchorsKnown() {
        for (int v = 0; v < place.length; v++) {
            if (facts.anchors().isAnchor(v)) {
                return true;
            }
        }
        return false;
    }

    public int[] place() {
        return place;
    }

    public int clusters() {
        return Math.max(0, Arrays.stream(place).max().orElse(-1) + 1);
    }

    /** Renumbers clusters 0..k-1 in order of their lowest vertex, dropping empty ones. */
    public void compact() {
        int[] ids = new int[place.length + 1];
        Arrays.fill(ids, -1);
        int next = 0;
        for (int v = 0; v < place.length; v++) {
            if (place[v] >= 0) {
                if (ids[place[v]] < 0) {
                    ids[place[v]] = next++;
                }
                place[v] = ids[place[v]];
            }
        }
    }

    /** Vertices of each cluster, ascending. */
    public List<List<Integer>> members() {
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < clusters(); c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < place.length; v++) {
            if (place[v] >= 0) {
                members.get(place[v]).add(v);
            }
        }
        return members;
    }

    /** Total strength of each cluster. */
    public double[] strengths() {
        double[] s = new double[clusters()];
        for (int v = 0; v < place.length; v++) {
            if (place[v] >= 0) {
                s[place[v]] += graph.strength()[v];
            }
        }
        return s;
    }

    /** Moves every class of cluster {@code from} into {@code into}; leaves {@code from} empty. */
    public void merge(int from, int into) {
        for (int v = 0; v < place.length; v++) {
            if (place[v] == from) {
                place[v] = into;
            }
        }
    }

    /** Whether a vertex's atom carries a user decision (pin, keep-together, keep-apart). */
    public boolean constrained(int v) {
        return constrained[v];
    }
}
