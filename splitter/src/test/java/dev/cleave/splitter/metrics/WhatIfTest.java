package dev.cleave.splitter.metrics;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Service;
import dev.cleave.splitter.MoveOutcome;
import dev.cleave.splitter.PlanScorer;
import dev.cleave.splitter.WhatIf;
import dev.cleave.splitter.synthetic.SyntheticMonolith;
import dev.cleave.splitter.synthetic.SyntheticSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.cleave.splitter.metrics.Fixtures.WEIGHTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class WhatIfTest {
    private static final double EPS = 1e-9;

    /** Integer metrics exactly; ratios within 1e-9 (Q sums doubles in a different order). */
    static void assertSameMetrics(PlanMetrics actual, PlanMetrics expected) {
        assertThat(actual.services()).isEqualTo(expected.services());
        assertThat(actual.classes()).isEqualTo(expected.classes());
        assertThat(actual.crossEdges()).isEqualTo(expected.crossEdges());
        assertThat(actual.remoteOps()).isEqualTo(expected.remoteOps());
        assertThat(actual.sm()).isCloseTo(expected.sm(), within(EPS));
        assertThat(actual.icp()).isCloseTo(expected.icp(), within(EPS));
        assertThat(actual.ifn()).isCloseTo(expected.ifn(), within(EPS));
        assertThat(actual.ned()).isCloseTo(expected.ned(), within(EPS));
        assertThat(actual.modularity()).isCloseTo(expected.modularity(), within(EPS));
        assertThat(actual.tableOwnership()).isCloseTo(expected.tableOwnership(), within(EPS));
    }

    @Test
    void randomMovesGiveTheMetricsOfScoringTheResultingPlanAndUndoRestoresThem() {
        SyntheticMonolith.Generated g = SyntheticMonolith.generate(SyntheticSpec.of(400, 0.2, 7));
        CodeGraph graph = g.graph();
        WhatIf whatIf = new WhatIf(graph, g.planted(), WEIGHTS);
        PlanMetrics start = whatIf.metrics();
        assertSameMetrics(start, PlanScorer.score(graph, g.planted(), WEIGHTS));
        List<String> ids = graph.nodes().stream().map(Node::id).toList();
        List<String> services = g.planted().services().stream().map(Service::name).toList();
        Random random = new Random(20261125);
        List<PlanMetrics> trail = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            trail.add(whatIf.metrics());
            List<String> classes = new ArrayList<>();
            for (int i = 0; i <= random.nextInt(3); i++) {
                classes.add(ids.get(random.nextInt(ids.size())));
            }
            MoveOutcome outcome = step % 10 == 9 ? whatIf.moveToShared(classes)
                    : whatIf.move(classes, services.get(random.nextInt(services.size())));
            PlanMetrics fromScratch = PlanScorer.score(graph, whatIf.plan(), WEIGHTS);
            assertSameMetrics(whatIf.metrics(), fromScratch);
            assertSameMetrics(outcome.after(), fromScratch);
            assertThat(outcome.delta().sm()).isCloseTo(outcome.after().sm() - outcome.before().sm(), within(EPS));
        }
        for (int step = trail.size() - 1; step >= 0; step--) {
            whatIf.undo();
            assertSameMetrics(whatIf.metrics(), trail.get(step));
        }
        assertSameMetrics(whatIf.metrics(), start);
        assertThat(whatIf.plan().services()).isEqualTo(g.planted().services());
        assertThat(whatIf.canUndo()).isFalse();
    }

    /** Moving b1 into a: a = {a1,a2,a3,b1}, b = {b2}. Hand computed as in {@link PlanScorerTest}. */
    @Test
    void aMoveReportsTheHandComputedMetricsAfterIt() {
        WhatIf whatIf = new WhatIf(Fixtures.shop(), Fixtures.shopPlan(), WEIGHTS);
        MoveOutcome outcome = whatIf.move(List.of("b1"), "a");
        PlanMetrics m = outcome.after();
        assertThat(outcome.from()).containsEntry("b1", "b");
        // μ_a = 3 + {a1,b1} = 4; μ_b = 0; σ_ab = {a2,b2},{b1,b2} = 2
        // SM = (1/2)(4/16 + 0/1) − (2/(2·1))·2/(2·4·1) = 1/8 − 1/4 = −1/8
        assertThat(m.sm()).isCloseTo(-0.125, within(EPS));
        // calls: a1→a2 2, a2→a3 1, a1→b1 1, b1→b2 1 = 5; cross: b1→b2 1
        assertThat(m.icp()).isCloseTo(0.2, within(EPS));
        // b2 is called from a (by b1): (0 + 1) / 2
        assertThat(m.ifn()).isCloseTo(0.5, within(EPS));
        // m = 7; in_a = 4 + 1 (a1-b1) = 5; in_b = 0; cut_a = cut_b = 2 (b1-b2 1, a2-b2 1)
        // Q = 5/7 − (12/14)² + 0 − (2/14)² = 140/196 − 148/196 = −8/196
        assertThat(m.modularity()).isCloseTo(-8.0 / 196, within(EPS));
        // orders now only in a; items a; stock b → 3/3
        assertThat(m.tableOwnership()).isEqualTo(1.0);
        assertThat(outcome.delta().tableOwnership()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(whatIf.plan().service("a").classes()).containsExactly("a1", "a2", "a3", "b1");
    }

    @Test
    void previewLeavesThePlanAsItIs() {
        WhatIf whatIf = new WhatIf(Fixtures.shop(), Fixtures.shopPlan(), WEIGHTS);
        PlanMetrics before = whatIf.metrics();
        MoveOutcome preview = whatIf.preview(List.of("a1", "a2"), "b");
        assertSameMetrics(whatIf.metrics(), before);
        assertThat(whatIf.canUndo()).isFalse();
        assertSameMetrics(whatIf.move(List.of("a1", "a2"), "b").after(), preview.after());
    }

    @Test
    void movingToSharedTakesTheClassOutOfEveryMetric() {
        WhatIf whatIf = new WhatIf(Fixtures.shop(), Fixtures.shopPlan(), WEIGHTS);
        MoveOutcome outcome = whatIf.moveToShared(List.of("b2"));
        assertThat(outcome.toService()).isEqualTo(Plan.SHARED);
        assertThat(outcome.after().classes()).isEqualTo(4);
        assertThat(whatIf.plan().shared()).containsExactly("b2", "u");
    }

    /** x is in the graph but not in the plan: moving it places it; its call to a1 (weight 7) becomes internal. */
    @Test
    void aClassThePlanDidNotPlaceCanBeMovedIntoAService() {
        WhatIf whatIf = new WhatIf(Fixtures.shop(), Fixtures.shopPlan(), WEIGHTS);
        MoveOutcome outcome = whatIf.move(List.of("x"), "a");
        assertThat(outcome.from()).containsEntry("x", "");
        assertThat(outcome.delta().classes()).isEqualTo(1);
        // calls inside services: 5 + x→a1 7 = 12, cross still 1
        assertThat(outcome.after().icp()).isCloseTo(1.0 / 12, within(EPS));
        assertSameMetrics(outcome.after(), PlanScorer.score(Fixtures.shop(), whatIf.plan(), WEIGHTS));
    }

    @Test
    void unknownClassesAndServicesAreRejectedByNameAndNothingMoves() {
        WhatIf whatIf = new WhatIf(Fixtures.shop(), Fixtures.shopPlan(), WEIGHTS);
        PlanMetrics before = whatIf.metrics();
        assertThatThrownBy(() -> whatIf.move(List.of("a1", "no.such.Type"), "b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no.such.Type");
        assertThatThrownBy(() -> whatIf.move(List.of("a1"), "billing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'billing'")
                .hasMessageContaining("[a, b]");
        assertSameMetrics(whatIf.metrics(), before);
        assertThat(whatIf.canUndo()).isFalse();
        assertThatThrownBy(whatIf::undo).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRebuiltPlanKeepsPinsOnlyForClassesStillInTheirService() {
        Plan pinned = Fixtures.shopPlan().withServices(List.of(
                new Service("a", List.of("a1", "a2", "a3"), List.of("a1", "a2"), List.of("orders"), 8081, null),
                Service.of("b", List.of("b1", "b2"))));
        WhatIf whatIf = new WhatIf(Fixtures.shop(), pinned, WEIGHTS);
        whatIf.move(List.of("a2"), "b");
        Service a = whatIf.plan().service("a");
        assertThat(a.pinned()).containsExactly("a1");
        assertThat(a.port()).isEqualTo(8081);
        assertThat(whatIf.plan().metrics()).isEqualTo(whatIf.metrics());
    }
}
