package dev.cleave.splitter;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.splitter.internal.GraphIndex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cleave.splitter.WeightedGraphTest.graph;
import static org.assertj.core.api.Assertions.assertThat;

class GraphIndexTest {

    @Test
    void numbersNodesInIdOrderAndResolvesEachEdgeEndOrMinusOne() {
        CodeGraph g = graph(List.of("c", "a", "b"), List.of(
                new Edge("b", "a", EdgeKind.CALL, 1),
                new Edge("a", "c", EdgeKind.NEW, 2),
                new Edge("a", "gone", EdgeKind.CALL, 1),
                new Edge("ghost", "b", EdgeKind.FIELD, 1)));
        GraphIndex index = GraphIndex.of(g);
        assertThat(index.ids()).containsExactly("a", "b", "c");
        assertThat(index.vertex("b")).isEqualTo(1);
        assertThat(index.vertex("gone")).isEqualTo(-1);
        assertThat(index.id(2)).isEqualTo("c");
        for (int e = 0; e < g.edges().size(); e++) {
            Edge edge = g.edges().get(e);
            assertThat(index.from(e)).as(edge.toString()).isEqualTo(index.vertex(edge.from()));
            assertThat(index.to(e)).as(edge.toString()).isEqualTo(index.vertex(edge.to()));
        }
        assertThat(index.to(1)).isEqualTo(-1); // a -> gone, after a -> c in edge order
        assertThat(index.from(3)).isEqualTo(-1); // ghost -> b
    }
}
