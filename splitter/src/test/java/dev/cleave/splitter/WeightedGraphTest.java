package dev.cleave.splitter;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.internal.WeightedGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedGraphTest {
    static Node node(String id) {
        return new Node(id, TypeKind.CLASS, id + ".java", 10, List.of(), List.of(), List.of(), List.of(), false);
    }

    static CodeGraph graph(List<String> ids, List<Edge> edges) {
        GraphStats stats = new GraphStats(ids.size(), ids.size(), 0, Resolution.NONE, Resolution.NONE, Map.of(), List.of());
        return CodeGraph.of(new ProjectInfo("t", "/t", List.of(), List.of(), 0), stats,
                ids.stream().map(WeightedGraphTest::node).toList(), edges);
    }

    @Test
    void mergesBothDirectionsAndKindsWithTheirWeights() {
        CodeGraph g = graph(List.of("a", "b", "c"), List.of(
                new Edge("a", "b", EdgeKind.CALL, 3),
                new Edge("b", "a", EdgeKind.TYPE_USE, 2),
                new Edge("b", "c", EdgeKind.ANNOTATION, 5)));
        WeightedGraph w = WeightedGraph.of(g, Map.of(EdgeKind.CALL, 1.0, EdgeKind.TYPE_USE, 0.5));
        assertThat(w.vertexCount()).isEqualTo(3);
        assertThat(w.degree(w.vertex("a"))).isEqualTo(1);
        assertThat(w.id(w.neighbor(w.vertex("a"), 0))).isEqualTo("b");
        assertThat(w.weight(w.vertex("a"), 0)).isEqualTo(4.0);
        assertThat(w.degree(w.vertex("c"))).isZero();
        assertThat(w.strength(w.vertex("b"))).isEqualTo(4.0);
        assertThat(w.totalWeight()).isEqualTo(4.0);
        assertThat(w.vertex("zzz")).isEqualTo(-1);
    }
}
