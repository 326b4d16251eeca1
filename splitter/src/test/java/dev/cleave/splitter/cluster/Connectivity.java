package dev.cleave.splitter.cluster;

import dev.cleave.splitter.internal.cluster.ClusterGraph;
import dev.cleave.splitter.internal.cluster.Partitions;

import java.util.ArrayDeque;

/** Counts communities whose vertices are not connected by edges inside the community. */
final class Connectivity {
    private Connectivity() {
    }

    static int disconnectedCommunities(ClusterGraph g, int[] membership) {
        int k = Partitions.count(membership);
        int[] components = new int[k];
        boolean[] visited = new boolean[g.size()];
        for (int s = 0; s < g.size(); s++) {
            if (visited[s]) {
                continue;
            }
            components[membership[s]]++;
            ArrayDeque<Integer> stack = new ArrayDeque<>();
            stack.push(s);
            visited[s] = true;
            while (!stack.isEmpty()) {
                int v = stack.pop();
                for (int i = g.offsets()[v]; i < g.offsets()[v + 1]; i++) {
                    int u = g.neighbors()[i];
                    if (!visited[u] && membership[u] == membership[v]) {
                        visited[u] = true;
                        stack.push(u);
                    }
                }
            }
        }
        int bad = 0;
        for (int c : components) {
            bad += c > 1 ? 1 : 0;
        }
        return bad;
    }
}
