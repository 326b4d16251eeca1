package dev.cleave.pipeline.gate;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.ModelFormatException;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.pipeline.Stages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Known violations pass, new ones fail, fixed ones drop out; fingerprints survive edits that move lines. */
class BaselineTest {
    @TempDir
    Path root;

    private final Plan plan = Plan.of(Fixtures.services(), List.of("shop.util.Money"));

    private GateResult check(CodeGraph graph, Baseline baseline) {
        return Gate.check(graph, plan, baseline, GateOptions.defaults(), "cleave-plan.json");
    }

    @Test
    void knownViolationsPassNewOnesFailAndFixedOnesDropOut() throws IOException {
        Path file = root.resolve("baseline.json");
        BaselineJson.write(Baseline.of(check(Fixtures.shop(root).graph(), Baseline.EMPTY)), file);
        Baseline baseline = BaselineJson.read(file);
        assertThat(baseline.violations()).extracting(Baseline.Entry::key)
                .containsExactly("shop.orders.OrderService -> shop.billing.Billing");

        GateResult same = check(Fixtures.shop(root).graph(), baseline);
        assertThat(same.passed()).isTrue();
        assertThat(same.findings()).allMatch(Finding::known);

        GateResult worse = check(Fixtures.shop(root)
                .edge("shop.billing.Billing", "shop.orders.Order", EdgeKind.CALL, 1).graph(), baseline);
        assertThat(worse.passed()).isFalse();
        assertThat(worse.newViolations()).extracting(Violation::key)
                .as("the new call, and the metrics it makes worse than the baseline's")
                .containsExactly("shop.billing.Billing -> shop.orders.Order", "icp", "ifn", "sm");

        GateResult fixedOne = check(new Fixtures(root).node("shop.orders.Order", "orders")
                .node("shop.orders.OrderService").node("shop.billing.Invoice", "invoices").node("shop.billing.Billing")
                .node("shop.util.Money").edge("shop.orders.OrderService", "shop.orders.Order", EdgeKind.CALL, 3)
                .edge("shop.billing.Billing", "shop.billing.Invoice", EdgeKind.NEW, 1).graph(), baseline);
        assertThat(fixedOne.passed()).as(fixedOne.findings().toString()).isTrue();
        assertThat(fixedOne.fixed()).extracting(Baseline.Entry::key)
                .containsExactly("shop.orders.OrderService -> shop.billing.Billing");
        assertThat(Baseline.of(fixedOne).violations()).as("an updated baseline is tighter").isEmpty();
    }

    @Test
    void fingerprintsHoldNoLineNumbers() throws IOException {
        Path source = root.resolve("src/main/java/shop/orders/OrderService.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package shop.orders;\nclass OrderService { Billing b; }\n");
        Violation before = check(Fixtures.shop(root).graph(), Baseline.EMPTY).findings().get(0).violation();
        Files.writeString(source, "package shop.orders;\n\n\n// moved\nclass OrderService { Billing b; }\n");
        Violation after = check(Fixtures.shop(root).graph(), Baseline.EMPTY).findings().get(0).violation();
        assertThat(before.line()).isEqualTo(2);
        assertThat(after.line()).isEqualTo(5);
        assertThat(after.fingerprint()).isEqualTo(before.fingerprint()).matches("[0-9a-f]{16}");
    }

    @Test
    void metricsWorseThanTheBaselinesAreRegressions() {
        CodeGraph graph = Fixtures.shop(root).graph();
        PlanMetrics now = Stages.metrics(graph, plan);
        PlanMetrics better = new PlanMetrics(now.services(), now.classes(), now.sm() + 0.2, now.icp() - 0.2,
                now.ifn(), now.ned(), now.modularity(), now.tableOwnership(), now.crossEdges(), now.remoteOps());
        GateResult result = check(graph, new Baseline(Baseline.SCHEMA_VERSION, better, List.of()));
        assertThat(result.of(Rule.METRIC_REGRESSION)).extracting(f -> f.violation().key())
                .containsExactly("icp", "sm");
        assertThat(result.of(Rule.METRIC_REGRESSION).get(0).violation().file()).isEqualTo("cleave-plan.json");
        assertThat(check(graph, new Baseline(Baseline.SCHEMA_VERSION, now, List.of()))
                .of(Rule.METRIC_REGRESSION)).isEmpty();
    }

    @Test
    void aMissingBaselineIsEmptyAndAMalformedOneSaysHowToFixIt() throws IOException {
        assertThat(BaselineJson.read(root.resolve("none.json"))).isEqualTo(Baseline.EMPTY);
        Path bad = Files.writeString(root.resolve("bad.json"), "{\"schemaVersion\": 7}");
        assertThatThrownBy(() -> BaselineJson.read(bad)).isInstanceOf(ModelFormatException.class)
                .hasMessageContaining("--update-baseline");
    }
}
