package dev.cleave.splitter.cluster;

import dev.cleave.splitter.internal.cluster.ClusterGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterGraphTest {

    @Test
    void theBuilderGivesTheGraphOfItsEdgesInOrderAsFromEdgesDoes() {
        int[] from = {0, 1, 2, 1, 3, 0, 4, 4};
        int[] to = {1, 0, 3, 2, 3, 2, 0, 1};
        double[] w = {1.0, 0.5, 2.0, 0.25, 9.0, 0.1, 0.3, 0.7};
        ClusterGraph.Builder builder = new ClusterGraph.Builder(5);
        for (int i = 0; i < from.length; i++) {
            builder.add(from[i], to[i], w[i]);
        }
        ClusterGraph built = builder.build();
        ClusterGraph expected = ClusterGraph.fromEdges(5, from, to, w);
        assertThat(built.offsets()).containsExactly(expected.offsets());
        assertThat(built.neighbors()).containsExactly(expected.neighbors());
        assertThat(built.weights()).containsExactly(expected.weights());
        assertThat(built.strength()).containsExactly(expected.strength());
        assertThat(built.totalWeight()).isEqualTo(expected.totalWeight());
        assertThat(built.neighbors()).containsExactly(1, 2, 4, 0, 2, 4, 0, 1, 3, 2, 0, 1);
        assertThat(built.weights()[0]).isEqualTo(1.5); // 0-1 and 1-0 merged
    }

    @Test
    void theBuilderGrowsAndKeepsEveryEdge() {
        Random random = new Random(42);
        int[] from = new int[100];
        int[] to = new int[100];
        double[] w = new double[100];
        ClusterGraph.Builder builder = new ClusterGraph.Builder(20);
        for (int i = 0; i < from.length; i++) {
            from[i] = random.nextInt(20);
            to[i] = random.nextInt(20);
            w[i] = random.nextDouble();
            builder.add(from[i], to[i], w[i]);
        }
        ClusterGraph built = builder.build();
        ClusterGraph expected = ClusterGraph.fromEdges(20, from, to, w);
        assertThat(built.neighbors()).containsExactly(expected.neighbors());
        assertThat(built.weights()).containsExactly(expected.weights());
        assertThat(built.totalWeight()).isEqualTo(expected.totalWeight());
    }

    @ParameterizedTest
    @ValueSource(ints = {40, 3_000, 30_000})
    void aLargeGraphAggregatesInRangesExactlyAsANaiveSumMemberByMember(int groups) {
        Random random = new Random(7);
        int n = 30_000;
        ClusterGraph.Builder builder = new ClusterGraph.Builder(n);
        for (int i = 0; i < 150_000; i++) {
            builder.add(random.nextInt(n), random.nextInt(n), random.nextDouble());
        }
        ClusterGraph g = builder.build();
        int[] membership = new int[n];
        for (int v = 0; v < n; v++) {
            membership[v] = random.nextInt(groups);
        }
        ClusterGraph aggregated = g.aggregate(membership, groups);
        assertThat(g.neighbors().length).isGreaterThan(200_000);
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < groups; c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            members.get(membership[v]).add(v);
        }
        int at = 0;
        for (int c = 0; c < groups; c++) {
            TreeMap<Integer, Double> expected = new TreeMap<>(); // weights summed member by member, edge by edge
            for (int v : members.get(c)) {
                for (int i = g.offsets()[v]; i < g.offsets()[v + 1]; i++) {
                    int d = membership[g.neighbors()[i]];
                    if (d != c) {
                        expected.merge(d, g.weights()[i], Double::sum);
                    }
                }
            }
            assertThat(aggregated.offsets()[c]).isEqualTo(at);
            for (var e : expected.entrySet()) {
                assertThat(aggregated.neighbors()[at]).isEqualTo(e.getKey());
                assertThat(aggregated.weights()[at++]).isEqualTo(e.getValue());
            }
        }
        assertThat(aggregated.offsets()[groups]).isEqualTo(at);
    }
}
