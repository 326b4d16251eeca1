package dev.cleave.splitter.cluster;

import dev.cleave.splitter.internal.cluster.ClusterGraph;
import dev.cleave.splitter.internal.cluster.Leiden;
import dev.cleave.splitter.internal.cluster.Partitions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LeidenTest {
    private static final long SEED = 42;

    /** Unit-weight graph of n vertices from pairs {a, b}. */
    static ClusterGraph graph(int n, int[][] pairs) {
        int[] from = new int[pairs.length];
        int[] to = new int[pairs.length];
        double[] w = new double[pairs.length];
        for (int i = 0; i < pairs.length; i++) {
            from[i] = pairs[i][0];
            to[i] = pairs[i][1];
            w[i] = 1;
        }
        return ClusterGraph.fromEdges(n, from, to, w);
    }

    static List<int[]> clique(int first, int size) {
        List<int[]> pairs = new ArrayList<>();
        for (int a = first; a < first + size; a++) {
            for (int b = a + 1; b < first + size; b++) {
                pairs.add(new int[] {a, b});
            }
        }
        return pairs;
    }

    @Test
    void twoCliquesJoinedByABridgeAreTwoCommunities() {
        List<int[]> pairs = new ArrayList<>(clique(0, 5));
        pairs.addAll(clique(5, 5));
        pairs.add(new int[] {4, 5});
        int[] c = new Leiden(1.0, SEED).cluster(graph(10, pairs.toArray(int[][]::new)));
        assertThat(c).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1, 1);
    }

    @Test
    void ringOfCliquesIsOneCommunityPerClique() {
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            pairs.addAll(clique(4 * k, 4));
            pairs.add(new int[] {4 * k + 3, (4 * k + 4) % 24});
        }
        int[] c = new Leiden(1.0, SEED).cluster(graph(24, pairs.toArray(int[][]::new)));
        int[] expected = new int[24];
        for (int v = 0; v < 24; v++) {
            expected[v] = v / 4;
        }
        assertThat(c).containsExactly(expected);
    }

    @Test
    void starsWithoutEdgesBetweenThemAndIsolatedVerticesStayApart() {
        int[] c = new Leiden(1.0, SEED).cluster(graph(7, new int[][] {{0, 1}, {0, 2}, {3, 4}, {3, 5}}));
        assertThat(c).containsExactly(0, 0, 0, 1, 1, 1, 2);
    }

    @Test
    void higherResolutionGivesSmallerCommunities() {
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            pairs.addAll(clique(4 * k, 4));
        }
        pairs.add(new int[] {3, 4});
        pairs.add(new int[] {0, 5});
        pairs.add(new int[] {11, 12});
        pairs.add(new int[] {8, 13});
        pairs.add(new int[] {7, 8});
        ClusterGraph g = graph(16, pairs.toArray(int[][]::new));
        assertThat(Partitions.count(new Leiden(0.2, SEED).cluster(g))).isLessThan(4);
        assertThat(Partitions.count(new Leiden(1.0, SEED).cluster(g))).isEqualTo(4);
    }

    @Test
    void sameSeedSameResultAndAtLeastTheModularityOfThePlantedPartition() {
        Planted p = Planted.of(2_000, 40, 8, 2, 7);
        int[] a = new Leiden(1.0, SEED).cluster(p.graph());
        int[] b = new Leiden(1.0, SEED).cluster(p.graph());
        assertThat(a).containsExactly(b);
        assertThat(Partitions.modularity(p.graph(), a, 1.0))
                .isGreaterThanOrEqualTo(Partitions.modularity(p.graph(), p.truth(), 1.0) - 1e-9);
    }

    @Test
    void everyCommunityIsConnected() {
        Planted p = Planted.of(3_000, 60, 6, 3, 11);
        int[] c = new Leiden(1.0, SEED).cluster(p.graph());
        assertThat(Connectivity.disconnectedCommunities(p.graph(), c)).isZero();
    }

    /** A planted partition: communities of equal size, inner and outer edges per vertex drawn at random. */
    record Planted(ClusterGraph graph, int[] truth) {
        static Planted of(int n, int communities, int inner, int outer, long seed) {
            Random r = new Random(seed);
            int size = n / communities;
            int edges = n * (inner + outer) / 2;
            int[] from = new int[edges];
            int[] to = new int[edges];
            double[] w = new double[edges];
            int[] truth = new int[n];
            for (int v = 0; v < n; v++) {
                truth[v] = Math.min(v / size, communities - 1);
            }
            for (int e = 0; e < edges; e++) {
                int a = r.nextInt(n);
                boolean in = r.nextInt(inner + outer) < inner;
                int b = in ? truth[a] * size + r.nextInt(size) : r.nextInt(n);
                from[e] = a;
                to[e] = Math.min(b, n - 1);
                w[e] = 1;
            }
            return new Planted(ClusterGraph.fromEdges(n, from, to, w), truth);
        }
    }
}
