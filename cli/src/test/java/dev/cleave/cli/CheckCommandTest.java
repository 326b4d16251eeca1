package dev.cleave.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@code cleave check} with a real analysis on a two-service project written into a temporary folder. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int cleave(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path project(boolean billingReadsOrders) throws IOException {
        Path root = tmp.resolve("shop");
        write(root, "shop/orders/Order.java", "package shop.orders;\npublic record Order(String customer) { }\n");
        write(root, "shop/orders/OrderService.java", """
                package shop.orders;
                public class OrderService {
                    private final shop.billing.Billing billing = new shop.billing.Billing();
                    public void place(Order order) { billing.charge(order.customer()); }
                }
                """);
        write(root, "shop/billing/Billing.java", """
                package shop.billing;
                public class Billing {
                    public void charge(String customer) { }
                %s}
                """.formatted(billingReadsOrders
                ? "    public void chargeOrder(shop.orders.Order order) { charge(order.customer()); }\n" : ""));
        Files.writeString(root.resolve("cleave-plan.json"), """
                {"schemaVersion": 1,
                 "services": [{"name": "billing", "classes": ["shop.billing.Billing"]},
                              {"name": "orders", "classes": ["shop.orders.Order", "shop.orders.OrderService"]}],
                 "wiring": [{"from": "orders", "to": "billing", "operations": ["shop.billing.Billing#charge"]}]}
                """);
        return root;
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve("src/main/java").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    @Test
    void aProjectThatFollowsItsPlanPassesAndGetsEveryReport() throws IOException {
        Path root = project(false);
        int code = cleave("check", root.toString(), "--git-commits", "0", "--out", tmp.resolve("reports").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Cleave check passed: 0 new violation(s)");
        assertThat(tmp.resolve("reports")).isDirectoryContaining("glob:**/TEST-cleave-check.xml")
                .isDirectoryContaining("glob:**/cleave-check.sarif").isDirectoryContaining("glob:**/cleave-report.html")
                .isDirectoryContaining("glob:**/cleave-summary.md");
    }

    @Test
    void anUndeclaredCallFailsWithTheGateExitCodeAndNamesTheDependency() throws IOException {
        Path root = project(true);
        int code = cleave("check", root.toString(), "--plan", root.resolve("cleave-plan.json").toString(),
                "--git-commits", "0", "--format", "md");
        assertThat(code).isEqualTo(CheckCommand.FAILED);
        assertThat(out.toString()).contains("error cleave.cross-boundary src/main/java/shop/billing/Billing.java:4",
                "shop.billing.Billing (service billing) depends on shop.orders.Order (service orders)",
                "Cleave check FAILED: 1 new violation(s)");
        assertThat(root.resolve("target/cleave/cleave-summary.md")).exists();
        assertThat(root.resolve("target/cleave/cleave-check.sarif")).doesNotExist();
    }

    @Test
    void aBaselineWrittenWithUpdateBaselineLetsKnownViolationsPass() throws IOException {
        Path root = project(true);
        Path baseline = root.resolve("cleave-baseline.json");
        assertThat(cleave("check", root.toString(), "--git-commits", "0", "--baseline", baseline.toString(),
                "--update-baseline")).isEqualTo(CheckCommand.FAILED);
        assertThat(out.toString()).contains("Wrote baseline " + baseline);
        assertThat(cleave("check", root.toString(), "--git-commits", "0", "--baseline", baseline.toString()))
                .as(out.toString()).isZero();
        assertThat(out.toString()).contains("Cleave check passed: 0 new violation(s) at or above warning (0 allowed),"
                + " 1 known, 0 fixed");
    }

    @Test
    void badInputIsReportedWithoutStackTrace() throws IOException {
        Path root = project(false);
        assertThat(cleave("check", root.toString(), "--format", "pdf")).isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).contains("'pdf' is not one of junit, sarif, html, md").doesNotContain("\tat ");
        assertThat(cleave("check", root.toString(), "--plan", tmp.resolve("none.json").toString()))
                .isEqualTo(UserErrors.BAD_INPUT);
        assertThat(err.toString()).contains("none.json: no such plan file");
    }
}
