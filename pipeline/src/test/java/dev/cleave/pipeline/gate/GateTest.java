package dev.cleave.pipeline.gate;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.Wiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate's rules on a hand-built shop with an orders and a billing service. */
class GateTest {
    @TempDir
    Path root;

    private static final Wiring ORDERS_TO_BILLING = new Wiring("orders", "billing", "rest",
            List.of("shop.billing.Billing#charge"));

    private Plan plan(Wiring... wiring) {
        return Plan.of(Fixtures.services(), List.of("shop.util.Money")).withWiring(List.of(wiring));
    }

    private GateResult check(CodeGraph graph, Plan plan) {
        return Gate.check(graph, plan, Baseline.EMPTY, GateOptions.defaults(), "cleave-plan.json");
    }

    @Test
    void aCleanProjectPasses() {
        GateResult result = check(Fixtures.shop(root).graph(), plan(ORDERS_TO_BILLING));
        assertThat(result.findings()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.verdict()).startsWith("Cleave check passed: 0 new violation(s)");
    }

    @Test
    void anUndeclaredCallAcrossServicesFailsWithTheDependencyAndItsKinds() throws IOException {
        Path file = root.resolve("src/main/java/shop/billing/Billing.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package shop.billing;\nimport shop.orders.Order;\nclass Billing {\n  void f(Order o) {}\n}\n");
        CodeGraph graph = Fixtures.shop(root).edge("shop.billing.Billing", "shop.orders.Order", EdgeKind.TYPE_USE, 2)
                .edge("shop.billing.Billing", "shop.orders.Order", EdgeKind.CALL, 1).graph();
        GateResult result = check(graph, plan(ORDERS_TO_BILLING));
        assertThat(result.passed()).isFalse();
        Violation v = result.counted().get(0);
        assertThat(v.rule()).isEqualTo(Rule.CROSS_BOUNDARY);
        assertThat(v.key()).isEqualTo("shop.billing.Billing -> shop.orders.Order");
        assertThat(v.message()).contains("service billing", "service orders", "call x1, type-use x2",
                "wiring billing -> orders");
        assertThat(v.file()).isEqualTo("src/main/java/shop/billing/Billing.java");
        assertThat(v.line()).as("first mention after the imports").isEqualTo(4);
    }

    /**
     * Issue 13 item 2: where the wiring lists a class's operations one by one, a new call to another method of that
     * allowed class fails with the operation named; declaring it (or the method's name, or the whole class) passes.
     */
    @Test
    void aNewOperationOfAnAllowedClassFailsUntilItIsDeclared() {
        CodeGraph graph = Fixtures.shop(root).call("shop.orders.OrderService", "shop.billing.Billing", 3,
                "charge(long)", "refund(long,java.lang.String)").graph();

        GateResult result = check(graph, plan(ORDERS_TO_BILLING));
        assertThat(result.passed()).isFalse();
        assertThat(result.counted()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.CROSS_BOUNDARY);
            assertThat(v.key()).isEqualTo("shop.orders.OrderService -> shop.billing.Billing#refund(long,java.lang.String)");
            assertThat(v.message()).contains("calls shop.billing.Billing#refund(long,java.lang.String)",
                    "does not declare");
        });
        for (String declared : List.of("shop.billing.Billing#refund(long,java.lang.String)",
                "shop.billing.Billing#refund")) {
            assertThat(check(graph, plan(new Wiring("orders", "billing", "rest",
                    List.of("shop.billing.Billing#charge", declared)))).passed()).as(declared).isTrue();
        }
        assertThat(check(graph, plan(new Wiring("orders", "billing", "rest", List.of("shop.billing.Billing"))))
                .passed()).as("the whole class declared").isTrue();
    }

    @Test
    void aPairWithoutWiringIsUndeclaredAndAWiringWithoutOperationsDeclaresTheWholeService() {
        CodeGraph graph = Fixtures.shop(root).graph();
        assertThat(check(graph, plan()).counted()).extracting(Violation::key)
                .containsExactly("shop.orders.OrderService -> shop.billing.Billing");
        assertThat(check(graph, plan(new Wiring("orders", "billing", "rest", List.of()))).findings()).isEmpty();
        assertThat(check(graph, plan(new Wiring("orders", "billing", "rest", List.of("shop.billing.Billing"))))
                .findings()).isEmpty();
    }

    @Test
    void theSharedLibraryMayBeUsedByAnyoneButMustNotUseAService() {
        CodeGraph graph = Fixtures.shop(root).edge("shop.orders.Order", "shop.util.Money", EdgeKind.FIELD, 1)
                .edge("shop.util.Money", "shop.billing.Invoice", EdgeKind.TYPE_USE, 1).graph();
        List<Violation> found = check(graph, plan(ORDERS_TO_BILLING)).counted();
        assertThat(found).extracting(Violation::key).containsExactly("shop.util.Money -> shop.billing.Invoice");
        assertThat(found.get(0).message()).contains("shared library must not depend on a service");
    }

    @Test
    void newCodeInNoServiceMustBePlacedAndItsEdgesAreNotBoundaryViolations() {
        CodeGraph graph = Fixtures.shop(root).node("shop.reports.Report")
                .edge("shop.reports.Report", "shop.billing.Invoice", EdgeKind.CALL, 1).graph();
        GateResult result = check(graph, plan(ORDERS_TO_BILLING));
        assertThat(result.counted()).extracting(Violation::rule, Violation::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.UNPLACED_CLASS, "shop.reports.Report"));
    }

    @Test
    void aTableUsedByTwoServicesIsAWarningNamingTheTableAndServices() {
        CodeGraph graph = Fixtures.shop(root).node("shop.billing.OrderTotals", "orders").graph();
        Plan plan = plan(ORDERS_TO_BILLING);
        plan = plan.withServices(List.of(plan.service("orders"), plan.service("billing").withClasses(
                List.of("shop.billing.Invoice", "shop.billing.Billing", "shop.billing.OrderTotals"))));
        List<Violation> found = check(graph, plan).counted();
        assertThat(found).extracting(Violation::rule, Violation::severity, Violation::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.SHARED_TABLE, Severity.WARNING, "orders: billing,orders"));
        assertThat(found.get(0).message()).contains("owner orders", "shop.billing.OrderTotals");
        assertThat(found.get(0).file()).isEqualTo("src/main/java/shop/billing/OrderTotals.java");
    }

    @Test
    void theSeverityThresholdAndMaxAllowedDecideTheVerdict() {
        CodeGraph graph = Fixtures.shop(root).graph();
        Plan plan = plan();
        assertThat(Gate.check(graph, plan, Baseline.EMPTY, GateOptions.defaults().withMaxAllowedViolations(1), "p")
                .passed()).isTrue();
        assertThat(Gate.check(graph, plan, Baseline.EMPTY, GateOptions.defaults().withFailOnViolation(false), "p")
                .passed()).isTrue();
        GateResult errorsOnly = Gate.check(graph, plan, Baseline.EMPTY, GateOptions.defaults(), "p");
        assertThat(errorsOnly.passed()).isFalse();
        assertThat(errorsOnly.verdict()).startsWith("Cleave check FAILED: 1 new violation(s) at or above warning");
    }

    @Test
    void coChangeAndTableEdgesAndUnassignedClassesAreNotBoundaryViolations() {
        CodeGraph graph = Fixtures.shop(root).node("shop.legacy.Old")
                .edge("shop.billing.Invoice", "shop.orders.Order", EdgeKind.CO_CHANGE, 5)
                .edge("shop.billing.Invoice", "shop.orders.Order", EdgeKind.TABLE, 1)
                .edge("shop.legacy.Old", "shop.orders.Order", EdgeKind.CALL, 1)
                .edge("shop.orders.Order", "shop.legacy.Old", EdgeKind.CALL, 1).graph();
        Plan plan = new Plan(Plan.SCHEMA_VERSION, "", null, null, Fixtures.services(), List.of("shop.util.Money"),
                List.of("shop.legacy.Old"), List.of(ORDERS_TO_BILLING), null);
        assertThat(check(graph, plan).findings()).isEmpty();
    }
}
