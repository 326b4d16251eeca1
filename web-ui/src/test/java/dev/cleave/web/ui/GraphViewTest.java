package dev.cleave.web.ui;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.Service;
import dev.cleave.model.TypeKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph view's elements: by service, directed links naming the operations that cross; below, summed lines. */
class GraphViewTest {
    private static final CodeGraph GRAPH = CodeGraph.of(new ProjectInfo("t", "/t", List.of(), List.of(), 0),
            new GraphStats(4, 4, 40, Resolution.NONE, Resolution.NONE, Map.of(), List.of()),
            List.of(node("a.Orders"), node("a.Cart"), node("b.Billing"), node("c.Money")),
            List.of(new Edge("a.Orders", "b.Billing", EdgeKind.CALL, 3, List.of("charge(long)", "refund(long)")),
                    new Edge("a.Cart", "b.Billing", EdgeKind.CALL, 1, List.of("charge(long)")),
                    new Edge("b.Billing", "a.Orders", EdgeKind.CALL, 2, List.of("paid(long)")),
                    new Edge("a.Orders", "c.Money", EdgeKind.TYPE_USE, 4)));
    private static final Plan PLAN = Plan.of(List.of(Service.of("orders", List.of("a.Orders", "a.Cart")),
            Service.of("billing", List.of("b.Billing"))), List.of("c.Money"));

    @Test
    void betweenServicesEachDirectionIsALinkNamingTheOperationsThatCrossIt() {
        GraphView.Elements view = GraphView.of(GRAPH, PLAN, "service");
        assertThat(view.nodes()).extracting(n -> n.data().get("name")).containsExactly("billing", "orders", "shared");
        assertThat(view.edges()).extracting(e -> e.data().get("source") + ">" + e.data().get("target"),
                        e -> e.data().get("weight"), e -> e.data().get("operations"), e -> e.data().get("label"),
                        GraphView.Element::classes)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("s:orders>s:billing", 4L,
                                List.of("b.Billing#charge(long)", "b.Billing#refund(long)"), "2 ops", "link"),
                        org.assertj.core.groups.Tuple.tuple("s:billing>s:orders", 2L, List.of("a.Orders#paid(long)"),
                                "1 op", "link"),
                        org.assertj.core.groups.Tuple.tuple("s:orders>s:(shared)", 4L, List.of(), "", "link"));
    }

    @Test
    void belowServicesBothDirectionsAreOneLineWithoutOperations() {
        GraphView.Elements view = GraphView.of(GRAPH, PLAN, "class");
        assertThat(view.edges()).filteredOn(e -> e.data().get("source").equals("c:a.Orders")
                        || e.data().get("target").equals("c:a.Orders"))
                .filteredOn(e -> e.data().get("source").toString().contains("Billing")
                        || e.data().get("target").toString().contains("Billing"))
                .singleElement().satisfies(e -> {
                    assertThat(e.data()).containsEntry("weight", 5L).doesNotContainKeys("operations", "label");
                    assertThat(e.classes()).isEmpty();
                });
    }

    private static Node node(String id) {
        return new Node(id, TypeKind.CLASS, id.replace('.', '/') + ".java", 10, List.of(), List.of(), List.of(),
                List.of(), false);
    }
}
