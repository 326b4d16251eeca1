package dev.cleave.splitter.metrics;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.EntryPoint;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TypeKind;
import dev.cleave.splitter.ClassExplanation;
import dev.cleave.splitter.Explainer;
import dev.cleave.splitter.PlanScorer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cleave.splitter.metrics.Fixtures.WEIGHTS;
import static dev.cleave.splitter.metrics.Fixtures.edge;
import static dev.cleave.splitter.metrics.Fixtures.graph;
import static dev.cleave.splitter.metrics.Fixtures.node;
import static dev.cleave.splitter.metrics.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ExplainerTest {

    /** a1 is held by a2 (call 2 + type-use 1·0.5 = 2.5) and a3 (type-use 0.5); it calls b1 in b (pull 1). */
    @Test
    void listsTheTiesThatHoldAClassStrongestFirst() {
        ClassExplanation e = Explainer.explain(Fixtures.shop(), Fixtures.shopPlan(), "a1", WEIGHTS);
        assertThat(e.place()).isEqualTo("a");
        assertThat(e.dead()).isFalse();
        assertThat(e.holds()).extracting(ClassExplanation.Tie::otherClass).containsExactly("a2", "a3");
        assertThat(e.holds().get(0).weight()).isEqualTo(2.5);
        assertThat(e.holds().get(0).edges()).containsExactly(edge("a1", "a2", EdgeKind.CALL, 2),
                edge("a1", "a2", EdgeKind.TYPE_USE, 1));
    }

    /**
     * Moving a1 to b: its three edges to a2 and a3 become cross-service (cost 2.5 + 0.5 = 3), its call to b1 becomes
     * internal; x → a1 stays outside any service. The delta equals scoring both plans.
     */
    @Test
    void costsTheMoveToEachNeighbourService() {
        CodeGraph g = Fixtures.shop();
        ClassExplanation e = Explainer.explain(g, Fixtures.shopPlan(), "a1", WEIGHTS);
        assertThat(e.moves()).hasSize(1);
        ClassExplanation.MoveCost toB = e.moves().get(0);
        assertThat(toB.toService()).isEqualTo("b");
        assertThat(toB.pull()).isEqualTo(1.0);
        assertThat(toB.cost()).isCloseTo(3.0, within(1e-12));
        assertThat(toB.becomingCross()).containsExactlyInAnyOrder(edge("a1", "a2", EdgeKind.CALL, 2),
                edge("a1", "a2", EdgeKind.TYPE_USE, 1), edge("a3", "a1", EdgeKind.TYPE_USE, 1));
        assertThat(toB.becomingInternal()).containsExactly(edge("a1", "b1", EdgeKind.CALL, 1));
        PlanMetrics before = PlanScorer.score(g, Fixtures.shopPlan(), WEIGHTS);
        PlanMetrics after = PlanScorer.score(g, plan(List.of("u"), "a=a2,a3", "b=a1,b1,b2"), WEIGHTS);
        assertThat(toB.delta().crossEdges()).isEqualTo(after.crossEdges() - before.crossEdges());
        assertThat(toB.delta().modularity()).isCloseTo(after.modularity() - before.modularity(), within(1e-12));
        assertThat(toB.delta().sm()).isCloseTo(after.sm() - before.sm(), within(1e-12));
    }

    @Test
    void aClassNothingReferencesIsDeadUnlessAFrameworkCallsIt() {
        Node web = new Node("w", TypeKind.CLASS, "w.java", 5, List.of(), List.of(Stereotype.CONTROLLER), List.of(),
                List.of(new EntryPoint("GET", "/w", "get")), false);
        CodeGraph g = graph(List.of(node("lonely"), node("used"), web, node("pair")),
                List.of(edge("w", "used", EdgeKind.CALL, 1), edge("pair", "lonely", EdgeKind.CO_CHANGE, 3)));
        var p = plan(List.of(), "s=lonely,used,w,pair");
        assertThat(Explainer.explain(g, p, "lonely", WEIGHTS).dead()).isTrue();
        assertThat(Explainer.explain(g, p, "used", WEIGHTS).dead()).isFalse();
        assertThat(Explainer.explain(g, p, "w", WEIGHTS).dead()).isFalse();
    }

    @Test
    void aSharedClassHoldsNothingAndCanMoveToEveryServiceItTouches() {
        ClassExplanation e = Explainer.explain(Fixtures.shop(), Fixtures.shopPlan(), "u", WEIGHTS);
        assertThat(e.place()).isEqualTo(Plan.SHARED);
        assertThat(e.holds()).isEmpty();
        assertThat(e.moves()).extracting(ClassExplanation.MoveCost::toService).containsExactly("b");
        assertThat(e.moves().get(0).becomingCross()).isEmpty();
        assertThat(e.moves().get(0).becomingInternal()).isEmpty();
    }

    @Test
    void anUnknownClassIsRejectedByName() {
        assertThatThrownBy(() -> Explainer.explain(Fixtures.shop(), Fixtures.shopPlan(), "com.Missing", WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("com.Missing");
    }
}
