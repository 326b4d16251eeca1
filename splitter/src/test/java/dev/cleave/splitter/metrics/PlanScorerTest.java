package dev.cleave.splitter.metrics;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Service;
import dev.cleave.model.Wiring;
import dev.cleave.splitter.PlanScorer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.cleave.splitter.metrics.Fixtures.WEIGHTS;
import static dev.cleave.splitter.metrics.Fixtures.edge;
import static dev.cleave.splitter.metrics.Fixtures.graph;
import static dev.cleave.splitter.metrics.Fixtures.node;
import static dev.cleave.splitter.metrics.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PlanScorerTest {
    private static final double EPS = 1e-12;

    /** Hand computation for {@link Fixtures#shop()}; u (shared) and x (not in the plan) are in no service. */
    @Test
    void scoresTheShopFixtureAsComputedByHand() {
        PlanMetrics m = PlanScorer.score(Fixtures.shop(), Fixtures.shopPlan(), WEIGHTS);
        assertThat(m.services()).isEqualTo(2);
        assertThat(m.classes()).isEqualTo(5);
        // μ_a = {a1,a2},{a2,a3},{a1,a3} = 3; μ_b = {b1,b2} = 1; σ_ab = {a1,b1},{a2,b2} = 2 (co-change a3-b2 is not
        // structural). SM = (1/2)(3/9 + 1/4) − (2/(2·1))·2/(2·3·2) = 7/24 − 4/24 = 1/8
        assertThat(m.sm()).isCloseTo(0.125, within(EPS));
        // call weight inside services: a1→a2 2, a2→a3 1, a1→b1 1, b1→b2 1 = 5 (b1→u, x→a1 leave out); cross 1
        assertThat(m.icp()).isCloseTo(1.0 / 5, within(EPS));
        // called from another service: b1 (by a1); b2→a2 is a field access, not a call. (0 + 1) / 2
        assertThat(m.ifn()).isCloseTo(0.5, within(EPS));
        // sizes 3 and 2: no service of 5..20 classes
        assertThat(m.ned()).isCloseTo(1.0, within(EPS));
        // weights: a1-a2 2·1 + 1·0.5 = 2.5, a2-a3 1, a1-a3 0.5, a1-b1 1, b1-b2 1, a2-b2 1, a3-b2 0 (co-change):
        // m = 7, in_a = 4, in_b = 1, cut_a = cut_b = 2, tot_a = 10, tot_b = 4
        // Q = 4/7 − (10/14)² + 1/7 − (4/14)² = 140/196 − 116/196 = 6/49
        assertThat(m.modularity()).isCloseTo(6.0 / 49, within(EPS));
        // orders: a and b (split); items: a; stock: b; audit: only shared u (not counted) → 2/3
        assertThat(m.tableOwnership()).isCloseTo(2.0 / 3, within(EPS));
        // a1→b1 call, b2→a2 field (co-change a3→b2 is no dependency)
        assertThat(m.crossEdges()).isEqualTo(2);
        assertThat(m.remoteOps()).isEqualTo(1);
    }

    @Test
    void reportsSplitTablesWithTheirServices() {
        assertThat(PlanScorer.splitTables(Fixtures.shop(), Fixtures.shopPlan()))
                .isEqualTo(Map.of("orders", List.of("a", "b")));
    }

    @Test
    void wiringListsReferencedTypesPerOrderedServicePairWithoutCoChange() {
        assertThat(PlanScorer.wiring(Fixtures.shop(), Fixtures.shopPlan())).containsExactly(
                new Wiring("a", "b", "rest", List.of("b1")),
                new Wiring("b", "a", "rest", List.of("a2")));
    }

    /** One service: SM is μ/n² alone; nothing crosses; no call, no table: ICP 0, ownership 1. */
    @Test
    void oneServiceHasNoCouplingTerm() {
        CodeGraph g = graph(List.of(node("p"), node("q"), node("r")),
                List.of(edge("p", "q", EdgeKind.TYPE_USE, 1), edge("q", "p", EdgeKind.EXTENDS, 1)));
        PlanMetrics m = PlanScorer.score(g, plan(List.of(), "s=p,q,r"), WEIGHTS);
        // μ = {p,q} = 1 pair; SM = 1/9
        assertThat(m.sm()).isCloseTo(1.0 / 9, within(EPS));
        assertThat(m.icp()).isZero();
        assertThat(m.ifn()).isZero();
        assertThat(m.tableOwnership()).isEqualTo(1.0);
        // one community holding all weight: Q = 0.5/0.5 − (1/1)² = 0
        assertThat(m.modularity()).isCloseTo(0, within(EPS));
    }

    /** NED = 1 − (classes in services of 5..20) / N: sizes 3, 5, 21 → 1 − 5/29. Empty services do not count. */
    @Test
    void nedCountsOnlyServicesOfFiveToTwentyClasses() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            ids.add("c" + (100 + i));
        }
        CodeGraph g = graph(ids.stream().map(Fixtures::node).toList(), List.of());
        Plan p = plan(List.of(), "s=" + String.join(",", ids.subList(0, 3)),
                "t=" + String.join(",", ids.subList(3, 8)), "u=" + String.join(",", ids.subList(8, 29)));
        List<Service> withEmpty = new ArrayList<>(p.services());
        withEmpty.add(Service.of("v", List.of()));
        PlanMetrics m = PlanScorer.score(g, p.withServices(withEmpty), WEIGHTS);
        assertThat(m.services()).isEqualTo(3);
        assertThat(m.ned()).isCloseTo(1 - 5.0 / 29, within(EPS));
        assertThat(m.sm()).isZero();
    }

    /** Plan classes missing from the graph (deleted since) and graph classes missing from the plan count nowhere. */
    @Test
    void ignoresClassesTheGraphOrThePlanLacks() {
        Plan stale = plan(List.of("u"), "a=a1,a2,a3,gone.Deleted", "b=b1,b2");
        assertThat(PlanScorer.score(Fixtures.shop(), stale, WEIGHTS))
                .isEqualTo(PlanScorer.score(Fixtures.shop(), Fixtures.shopPlan(), WEIGHTS));
    }

    @Test
    void rejectsAPlanThatPlacesAClassTwice() {
        Plan twice = plan(List.of("a1"), "a=a1,a2,a3", "b=b1,b2");
        assertThatThrownBy(() -> PlanScorer.score(Fixtures.shop(), twice, WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a1");
    }
}
