package dev.cleave.splitter.internal.domain;

import dev.cleave.splitter.internal.cluster.ClusterGraph;

import java.util.Arrays;
import java.util.List;

/**
 * The edges of a clustering graph between the members of one cluster, by member position: member {@code i}'s are
 * {@code (neighbors[k], weights[k])} for {@code offsets[i] <= k < offsets[i+1]}, with {@code neighbors[k]} the
 * other member's position, in the graph's order. Built once per cluster for the passes that cut it, so that they
 * need no index of all vertices each. O(V + members' degree).
 *
 * @param members the cluster's vertices
 */
public record ClusterEdges(List<Integer> members, int[] offsets, int[] neighbors, double[] weights) {

    public static ClusterEdges of(ClusterGraph g, List<Integer> members) {
        int[] local = new int[g.size()];
        Arrays.fill(local, -1);
        int degree = 0;
        for (int i = 0; i < members.size(); i++) {
            int v = members.get(i);
            local[v] = i;
            degree += g.offsets()[v + 1] - g.offsets()[v];
        }
        int[] offsets = new int[members.size() + 1];
        int[] neighbors = new int[degree];
        double[] weights = new double[degree];
        int next = 0;
        for (int i = 0; i < members.size(); i++) {
            int v = members.get(i);
            for (int k = g.offsets()[v]; k < g.offsets()[v + 1]; k++) {
                int j = local[g.neighbors()[k]];
                if (j >= 0) {
                    neighbors[next] = j;
                    weights[next++] = g.weights()[k];
                }
            }
            offsets[i + 1] = next;
        }
        return new ClusterEdges(members, offsets, Arrays.copyOf(neighbors, next), Arrays.copyOf(weights, next));
    }

    public int size() {
        return members.size();
    }
}
