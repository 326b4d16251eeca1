package dev.cleave.splitter.domain;

import dev.cleave.splitter.internal.cluster.ClusterGraph;
import dev.cleave.splitter.internal.domain.ClusterEdges;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterEdgesTest {

    @Test
    void keepsTheEdgesBetweenMembersByPositionInTheGraphsOrder() {
        ClusterGraph g = ClusterGraph.fromEdges(6, new int[] {0, 0, 1, 2, 3, 4, 2},
                new int[] {1, 2, 2, 3, 4, 5, 5}, new double[] {1, 2, 3, 4, 5, 6, 7});
        ClusterEdges cluster = ClusterEdges.of(g, List.of(1, 2, 5));
        assertThat(cluster.size()).isEqualTo(3);
        assertThat(cluster.offsets()).containsExactly(0, 1, 3, 4);
        assertThat(cluster.neighbors()).containsExactly(1, 0, 2, 1); // 1-2; 2-1, 2-5; 5-2
        assertThat(cluster.weights()).containsExactly(3, 3, 7, 7);
    }
}
