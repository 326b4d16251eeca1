package dev.cleave.pipeline;

import dev.cleave.model.Access;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.Service;
import dev.cleave.model.Stereotype;
import dev.cleave.model.Wiring;
import dev.cleave.model.TypeKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanEditsTest {
    private static final CodeGraph GRAPH = graph();
    private static final Plan PLAN = PlanEdits.rescore(GRAPH, Plan.of(List.of(
            Service.of("orders", List.of("a.Order", "a.OrderRepo")),
            Service.of("billing", List.of("b.Invoice", "b.InvoiceRepo"))), List.of("c.Money")));

    @Test
    void renameCarriesPinsAndWiring() {
        Plan pinned = PlanEdits.pin(GRAPH, PLAN, List.of("a.Order"), true);
        Plan renamed = PlanEdits.rename(GRAPH, pinned, "orders", "sales");
        assertThat(renamed.service("orders")).isNull();
        assertThat(renamed.service("sales").classes()).containsExactly("a.Order", "a.OrderRepo");
        assertThat(renamed.service("sales").pinned()).containsExactly("a.Order");
        assertThat(renamed.constraints().pins()).isEqualTo(Map.of("a.Order", "sales"));
        assertThat(renamed.wiring()).allSatisfy(w -> assertThat(List.of(w.from(), w.to())).doesNotContain("orders"));
        assertThat(renamed.wiring()).anySatisfy(w -> assertThat(w.from()).isEqualTo("sales"));
        assertThatThrownBy(() -> PlanEdits.rename(GRAPH, PLAN, "orders", "billing"))
                .hasMessageContaining("'billing' exists already");
        assertThatThrownBy(() -> PlanEdits.rename(GRAPH, PLAN, "orders", "Bad Name"))
                .hasMessageContaining("lower case letters");
        for (String reserved : List.of("gateway", "database", "kustomization", "shared")) {
            assertThatThrownBy(() -> PlanEdits.rename(GRAPH, PLAN, "orders", reserved))
                    .as("a name the generated system uses (issue 14, bad input 8)")
                    .hasMessageContaining("'" + reserved + "' is reserved").hasMessageContaining(reserved + "-service");
            assertThatThrownBy(() -> PlanEdits.addService(GRAPH, PLAN, reserved)).hasMessageContaining("is reserved");
        }
    }

    @Test
    void addAndRemoveServices() {
        Plan added = PlanEdits.addService(GRAPH, PLAN, "audit");
        assertThat(added.service("audit").classes()).isEmpty();
        assertThat(added.metrics().services()).as("an empty service is not scored").isEqualTo(2);
        Plan merged = PlanEdits.removeService(GRAPH, PLAN, "billing", "orders");
        assertThat(merged.services()).extracting(Service::name).containsExactly("orders");
        assertThat(merged.service("orders").classes()).hasSize(4);
        assertThat(merged.metrics().crossEdges()).isZero();
        Plan toShared = PlanEdits.removeService(GRAPH, PLAN, "billing", Plan.SHARED);
        assertThat(toShared.shared()).containsExactly("b.Invoice", "b.InvoiceRepo", "c.Money");
        assertThatThrownBy(() -> PlanEdits.removeService(GRAPH, PLAN, "nope", "orders"))
                .hasMessageContaining("unknown service 'nope'");
    }

    @Test
    void pinsFollowHandMovesAndRefuseSharedClasses() {
        Plan pinned = PlanEdits.pin(GRAPH, PLAN, List.of("a.Order"), true);
        Plan moved = PlanEdits.pinsFollowMove(pinned.withServices(List.of(
                Service.of("orders", List.of("a.OrderRepo")),
                Service.of("billing", List.of("a.Order", "b.Invoice", "b.InvoiceRepo")))), List.of("a.Order"), "billing");
        assertThat(moved.constraints().pins()).isEqualTo(Map.of("a.Order", "billing"));
        assertThat(moved.service("billing").pinned()).containsExactly("a.Order");
        assertThat(PlanEdits.pin(GRAPH, pinned, List.of("a.Order"), false).constraints().pins()).isEmpty();
        assertThatThrownBy(() -> PlanEdits.pin(GRAPH, PLAN, List.of("c.Money"), true))
                .hasMessageContaining("c.Money is in no service");
    }

    @Test
    void groupsAndSettings() {
        Plan together = PlanEdits.keepTogether(GRAPH, PLAN, List.of("a.Order", "b.Invoice"));
        assertThat(together.constraints().keepTogether()).containsExactly(List.of("a.Order", "b.Invoice"));
        assertThat(PlanEdits.removeGroup(together, true, 0).constraints().keepTogether()).isEmpty();
        assertThatThrownBy(() -> PlanEdits.keepApart(GRAPH, PLAN, List.of("a.Order")))
                .hasMessageContaining("two or more");
        assertThatThrownBy(() -> PlanEdits.keepApart(GRAPH, PLAN, List.of("a.Order", "x.Ghost")))
                .hasMessageContaining("unknown class x.Ghost");
        Plan set = PlanEdits.settings(PLAN, "orders", 9001, "tar:///opt/base.tar");
        assertThat(set.service("orders").port()).isEqualTo(9001);
        assertThat(set.service("orders").settings()).containsEntry(PlanEdits.BASE_IMAGE, "tar:///opt/base.tar");
        assertThatThrownBy(() -> PlanEdits.settings(set, "billing", 9001, ""))
                .hasMessageContaining("port 9001 is already");
    }

    @Test
    void resplitKeepsPins() {
        Plan pinned = PlanEdits.pin(GRAPH, PLAN, List.of("b.Invoice"), true);
        Plan again = PlanEdits.resplit(GRAPH, pinned);
        assertThat(again.constraints().pins()).isEqualTo(Map.of("b.Invoice", "billing"));
        assertThat(again.service("billing").classes()).contains("b.Invoice");
    }

    @Test
    void resplitKeepsTheNamesTheUserGave() {
        Plan fresh = PlanEdits.resplit(GRAPH, PLAN);
        String first = fresh.services().get(0).name();
        Plan renamed = PlanEdits.rename(GRAPH, fresh, first, "ledger");
        Plan again = PlanEdits.resplit(GRAPH, renamed);
        assertThat(again.services()).extracting(Service::name).contains("ledger")
                .allSatisfy(name -> assertThat(name).doesNotMatch(".*-\\d+"));
    }

    @Test
    void wiringSwitchesBetweenLocalAndRemoteStayThroughEditsWhileTheirEdgeDoes() {
        Wiring before = PLAN.wiring().get(0);
        assertThat(before.targets()).containsExactly("b.Invoice", "b.InvoiceRepo");
        assertThat(before.accessOf("b.InvoiceRepo", GRAPH.node("b.InvoiceRepo"))).as("data access").isEqualTo(Access.LOCAL);
        assertThat(before.accessOf("b.Invoice", GRAPH.node("b.Invoice"))).isEqualTo(Access.REMOTE);

        Plan switched = PlanEdits.access(GRAPH, PLAN, "orders", "b.InvoiceRepo", Access.REMOTE);
        switched = PlanEdits.access(GRAPH, switched, "orders", "b.Invoice", Access.LOCAL);
        assertThat(switched.wiring().get(0).access())
                .isEqualTo(Map.of("b.Invoice", Access.LOCAL, "b.InvoiceRepo", Access.REMOTE));
        assertThat(PlanEdits.access(GRAPH, switched, "orders", "b.Invoice", Access.REMOTE).wiring().get(0).access())
                .as("switching back to the default forgets the switch").containsOnlyKeys("b.InvoiceRepo");
        assertThat(PlanEdits.access(GRAPH, switched, "orders", "b.Invoice", null).wiring().get(0).access())
                .containsOnlyKeys("b.InvoiceRepo");

        Plan renamed = PlanEdits.rename(GRAPH, PlanEdits.addService(GRAPH, switched, "audit"), "billing", "finance");
        assertThat(renamed.wiring().get(0).access()).as("through a rename and a rescore").hasSize(2);
        Plan moved = PlanEdits.removeService(GRAPH, PlanEdits.addService(GRAPH, switched, "audit"), "audit", "orders");
        assertThat(moved.wiring().get(0).access()).hasSize(2);
        assertThat(dev.cleave.model.PlanJson.fromJson(dev.cleave.model.PlanJson.toJson(switched), "t").wiring())
                .as("written and read back").isEqualTo(switched.wiring());
        assertThat(dev.cleave.model.PlanJson.toJson(PLAN)).as("no switch, no key").doesNotContain("\"access\"");

        assertThatThrownBy(() -> PlanEdits.access(GRAPH, PLAN, "billing", "b.Invoice", Access.LOCAL))
                .hasMessageContaining("'billing' does not use b.Invoice");
        assertThatThrownBy(() -> PlanEdits.access(GRAPH, PLAN, "orders", "c.Money", Access.LOCAL))
                .hasMessageContaining("c.Money is in no service");
        Plan moneyInBilling = PlanEdits.rescore(GRAPH, PLAN.withShared(List.of()).withServices(List.of(
                PLAN.service("orders"), Service.of("billing", List.of("b.Invoice", "b.InvoiceRepo", "c.Money")))));
        assertThatThrownBy(() -> PlanEdits.access(GRAPH, moneyInBilling, "orders", "c.Money", Access.REMOTE))
                .hasMessageContaining("c.Money is a value");
    }

    private static CodeGraph graph() {
        Node invoiceRepo = new Node("b.InvoiceRepo", TypeKind.INTERFACE, "b/InvoiceRepo.java", 10, List.of(),
                List.of(Stereotype.REPOSITORY), List.of(), List.of(), false);
        Node invoice = new Node("b.Invoice", TypeKind.CLASS, "b/Invoice.java", 10, List.of(),
                List.of(Stereotype.SERVICE), List.of(), List.of(), false);
        List<Node> nodes = List.of(node("a.Order"), node("a.OrderRepo"), invoice, invoiceRepo,
                node("c.Money"));
        List<Edge> edges = List.of(new Edge("a.OrderRepo", "a.Order", EdgeKind.CALL, 3),
                new Edge("b.InvoiceRepo", "b.Invoice", EdgeKind.CALL, 3),
                new Edge("a.Order", "b.Invoice", EdgeKind.CALL, 1),
                new Edge("a.Order", "b.InvoiceRepo", EdgeKind.CALL, 1),
                new Edge("a.Order", "c.Money", EdgeKind.TYPE_USE, 1),
                new Edge("b.Invoice", "c.Money", EdgeKind.TYPE_USE, 1));
        return CodeGraph.of(new ProjectInfo("t", "/t", List.of(), List.of(), 0),
                new GraphStats(5, 5, 50, new Resolution(0, 0, 0, 0, 0), new Resolution(0, 0, 0, 0, 0), Map.of(), List.of()),
                nodes, edges);
    }

    private static Node node(String id) {
        return new Node(id, TypeKind.CLASS, id.replace('.', '/') + ".java", 10, List.of(), List.of(), List.of(),
                List.of(), false);
    }
}
