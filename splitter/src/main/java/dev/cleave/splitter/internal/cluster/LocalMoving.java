package dev.cleave.splitter.internal.cluster;

import java.util.Random;

/**
 * The fast local moving phase of Leiden (Traag et al. 2019, Algorithm A.2): vertices are taken from a queue, each
 * moves to the neighbouring (or an empty) community with the largest modularity gain, and the neighbours outside
 * its new community that are not queued are queued again. O(E) per pass over the queue.
 */
final class LocalMoving {
    private final ClusterGraph g;
    private final double gamma;
    private final double twoM;

    LocalMoving(ClusterGraph g, double resolution) {
        this.g = g;
        this.gamma = resolution;
        this.twoM = 2 * g.totalWeight();
    }

    /** Improves {@code part} in place (community ids must be below the vertex count); true if a vertex moved. */
    boolean run(int[] part, Random random) {
        int n = g.size();
        if (twoM <= 0) {
            return false;
        }
        double[] commStrength = new double[n];
        int[] commSize = new int[n];
        for (int v = 0; v < n; v++) {
            commStrength[part[v]] += g.strength()[v];
            commSize[part[v]]++;
        }
        int[] empty = new int[n];
        int emptyCount = 0;
        for (int c = n - 1; c >= 0; c--) {
            if (commSize[c] == 0) {
                empty[emptyCount++] = c;
            }
        }
        int[] queue = Leiden.permutation(n, random);
        boolean[] queued = new boolean[n];
        java.util.Arrays.fill(queued, true);
        int head = 0;
        int size = n;
        double[] toComm = new double[n];
        int[] seen = new int[n];
        java.util.Arrays.fill(seen, -1);
        int[] touched = new int[n];
        boolean moved = false;
        int[] off = g.offsets();
        int[] nb = g.neighbors();
        double[] w = g.weights();
        while (size > 0) {
            int v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            size--;
            queued[v] = false;
            int current = part[v];
            double kv = g.strength()[v];
            int nt = 0;
            for (int i = off[v]; i < off[v + 1]; i++) {
                int c = part[nb[i]];
                if (seen[c] != v) {
                    seen[c] = v;
                    toComm[c] = 0;
                    touched[nt++] = c;
                }
                toComm[c] += w[i];
            }
            commStrength[current] -= kv;
            commSize[current]--;
            double ownWeight = seen[current] == v ? toComm[current] : 0;
            int best = current;
            double bestGain = ownWeight - gamma * kv * commStrength[current] / twoM;
            double eps = 1e-12 * (kv + 1);
            for (int t = 0; t < nt; t++) {
                int c = touched[t];
                double gain = toComm[c] - gamma * kv * commStrength[c] / twoM;
                if (gain > bestGain + eps) {
                    best = c;
                    bestGain = gain;
                }
            }
            if (bestGain < -eps && commSize[current] > 0) {
                best = empty[--emptyCount];
            }
            if (commSize[current] == 0 && best != current) {
                empty[emptyCount++] = current;
            }
            commStrength[best] += kv;
            commSize[best]++;
            part[v] = best;
            if (best != current) {
                moved = true;
                for (int i = off[v]; i < off[v + 1]; i++) {
                    int u = nb[i];
                    if (!queued[u] && part[u] != best) {
                        queued[u] = true;
                        queue[head + size < n ? head + size : head + size - n] = u;
                        size++;
                    }
                }
            }
        }
        return moved;
    }
}
