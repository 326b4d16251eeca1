package dev.cleave.pipeline.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.Wiring;
import dev.cleave.pipeline.Stages;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.splitter.SplitOptions;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan {@code cleave split} makes satisfies {@code cleave check} on the same code: no undeclared dependency
 * (before, the shared library depended on services in spring-shop's plan), and its wiring names the operations of
 * the business classes called across services one by one (graph.json v2), so that a new one is a new violation.
 */
class OwnPlanTest {
    @ParameterizedTest
    @ValueSource(strings = {"spring-shop", "travel-desk", "clinic-scheduler"})
    void theSplitsOwnPlanHasNoUndeclaredDependency(String sample) {
        Path root = Path.of("..", "samples", sample);
        CodeGraph graph = Stages.graph(root, AnalyzerOptions.of(root).withGitCommits(0), ProgressListener.NONE);
        Plan plan = Stages.split(graph, SplitOptions.defaults());

        GateResult result = Gate.check(graph, plan, Baseline.EMPTY, GateOptions.defaults(), "cleave-plan.json");

        assertThat(result.counted()).noneMatch(v -> v.rule() == Rule.CROSS_BOUNDARY);
        if (sample.equals("travel-desk")) {
            assertThat(plan.wiring()).filteredOn(w -> w.to().equals(plan.serviceOf(
                            "com.acme.travel.service.PaymentService").name()))
                    .flatExtracting(Wiring::operations)
                    .contains("com.acme.travel.service.PaymentService#charge(com.acme.travel.domain.Booking,"
                            + "com.acme.travel.domain.PaymentMethod,java.lang.String)", "com.acme.travel.domain.Payment")
                    .doesNotContain("com.acme.travel.service.PaymentService");
        }
    }
}
