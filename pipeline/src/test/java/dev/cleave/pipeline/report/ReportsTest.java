package dev.cleave.pipeline.report;

import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Wiring;
import dev.cleave.pipeline.gate.Baseline;
import dev.cleave.pipeline.gate.Fixtures;
import dev.cleave.pipeline.gate.Gate;
import dev.cleave.pipeline.gate.GateOptions;
import dev.cleave.pipeline.gate.GateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each report says the verdict and names the offending dependency; equal results give identical bytes. */
class ReportsTest {
    @TempDir
    Path root;

    /** A failing run: one new undeclared call billing -> orders, one known unplaced class; metrics not checked. */
    static GateResult failing(Path root) {
        Plan plan = Plan.of(Fixtures.services(), List.of("shop.util.Money"))
                .withWiring(List.of(new Wiring("orders", "billing", "rest", List.of("shop.billing.Billing"))));
        GateResult base = Gate.check(Fixtures.shop(root).node("shop.orders.Draft").graph(), plan, Baseline.EMPTY,
                GateOptions.defaults(), "cleave-plan.json");
        return Gate.check(Fixtures.shop(root).node("shop.orders.Draft")
                        .edge("shop.billing.Billing", "shop.orders.Order", EdgeKind.CALL, 2).graph(), plan,
                Baseline.of(base), GateOptions.defaults().withMetricTolerance(1.0), "cleave-plan.json");
    }

    @Test
    void junitXmlFailsTheRuleWithTheNewDependencyAndListsKnownOnesAsOutput() {
        String xml = Reports.render(failing(root), ReportFormat.JUNIT);
        assertThat(xml).contains("<testsuite name=\"cleave.check\" tests=\"4\" failures=\"1\"",
                "<testcase name=\"cleave.cross-boundary\"", "<failure type=\"cleave.cross-boundary\"",
                "shop.billing.Billing (service billing) depends on shop.orders.Order (service orders) [call x2]",
                "known: src/main/java/shop/orders/Draft.java");
    }

    @Test
    void sarifHasTheRulesAndOneResultPerFindingWithFingerprintAndBaselineState() {
        String sarif = Reports.render(failing(root), ReportFormat.SARIF);
        assertThat(sarif).contains("\"version\" : \"2.1.0\"", "\"id\" : \"cleave.unplaced-class\"",
                "\"ruleId\" : \"cleave.cross-boundary\"", "\"baselineState\" : \"new\"",
                "\"baselineState\" : \"unchanged\"", "\"uri\" : \"src/main/java/shop/billing/Billing.java\"",
                "\"uriBaseId\" : \"%SRCROOT%\"", "\"cleave/v1\" : \"");
    }

    @Test
    void markdownAndHtmlShowTheVerdictMetricsAndNewViolations() {
        GateResult result = failing(root);
        assertThat(Reports.render(result, ReportFormat.MARKDOWN)).startsWith("## ❌ Cleave check failed — shop")
                .contains("| Undeclared cross-service dependency (`cleave.cross-boundary`) | error | 1 | 0 |",
                        "### Metrics", "### New violations", "`src/main/java/shop/billing/Billing.java`");
        assertThat(Reports.render(result, ReportFormat.HTML)).startsWith("<!DOCTYPE html>")
                .contains("Cleave check failed", "<svg id=\"service-graph\"", "data-service=\"billing\"",
                        "class=\"link undeclared\"", "data-status=\"known\"")
                .doesNotContain("src=\"http", "href=\"http");
    }

    @Test
    void theHtmlServiceGraphNamesTheOperationsThatCrossEachLink() {
        Plan plan = Plan.of(Fixtures.services(), List.of("shop.util.Money"))
                .withWiring(List.of(new Wiring("orders", "billing", "rest", List.of("shop.billing.Billing"))));
        GateResult result = Gate.check(Fixtures.shop(root)
                        .call("shop.orders.Order", "shop.billing.Billing", 3, "charge(shop.orders.Order)",
                                "refund(long)").graph(), plan, Baseline.EMPTY, GateOptions.defaults(),
                "cleave-plan.json");
        String html = Reports.render(result, ReportFormat.HTML);
        // the arrow says how many operations cross and lists them on hover; the table lists them on a click
        assertThat(html).contains("data-from=\"orders\" data-to=\"billing\" data-operations=\"2\"",
                "shop.billing.Billing#charge(shop.orders.Order)\nshop.billing.Billing#refund(long)</title>",
                " · 2 ops</text>",
                "<tr data-from=\"orders\" data-to=\"billing\">",
                "<details><summary>2 operations</summary><ul class=\"ops\"><li><code>shop.billing.Billing#charge(shop.orders.Order)</code></li>");
    }

    @Test
    void writesEachRequestedFormatAndTheSameResultGivesTheSameBytes() throws Exception {
        GateResult result = failing(root);
        List<Path> files = Reports.write(result, EnumSet.of(ReportFormat.SARIF, ReportFormat.JUNIT), root.resolve("out"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("TEST-cleave-check.xml", "cleave-check.sarif");
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(Reports.render(failing(root), format)).isEqualTo(Reports.render(result, format));
        }
        assertThat(Files.readString(files.get(1))).isEqualTo(Reports.render(result, ReportFormat.SARIF));
    }

    @Test
    void formatsParseByTheirCommandLineNames() {
        assertThat(List.of("junit", "SARIF", "html", "md", "markdown")).map(ReportFormat::parse).containsExactly(
                ReportFormat.JUNIT, ReportFormat.SARIF, ReportFormat.HTML, ReportFormat.MARKDOWN, ReportFormat.MARKDOWN);
    }
}
