package dev.cleave.maven.reports;

import dev.cleave.analyzer.AnalyzerOptions;
import dev.cleave.analyzer.ProgressListener;
import dev.cleave.pipeline.gate.GateOptions;
import dev.cleave.pipeline.report.CheckRequest;
import dev.cleave.pipeline.report.CheckRun;
import dev.cleave.pipeline.report.Reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real gate run over a tiny shop written into a folder: orders and billing services, a shared money type, one
 * undeclared call from billing into orders (new), a class in no service (known from the baseline) and a table
 * used by both services.
 */
final class GateRunFixture {
    private GateRunFixture() {
    }

    /** Writes the shop into {@code root}, runs the gate with every report into {@code root/out}. */
    static CheckRun.Outcome run(Path root) throws IOException {
        write(root, "shop/util/Money.java", "package shop.util;\npublic record Money(long cents) { }\n");
        write(root, "shop/orders/Order.java", """
                package shop.orders;
                @jakarta.persistence.Entity
                @jakarta.persistence.Table(name = "orders")
                public class Order {
                    public String customer() { return "c"; }
                }
                """);
        write(root, "shop/orders/OrderService.java", """
                package shop.orders;
                import shop.billing.Billing;
                public class OrderService {
                    private final Billing billing = new Billing();
                    public void place(Order order) { billing.charge(order.customer()); }
                }
                """);
        write(root, "shop/billing/Billing.java", """
                package shop.billing;
                import shop.orders.Order;
                public class Billing {
                    public void charge(String customer) { }
                    public void chargeOrder(Order order) { charge(order.customer()); }
                }
                """);
        write(root, "shop/billing/Totals.java", """
                package shop.billing;
                public class Totals {
                    static final String SQL = "select sum(total) from orders";
                }
                """);
        write(root, "shop/legacy/Old.java", "package shop.legacy;\npublic class Old { }\n");
        Files.writeString(root.resolve("cleave-plan.json"), """
                {"schemaVersion": 1,
                 "services": [
                   {"name": "billing", "classes": ["shop.billing.Billing", "shop.billing.Totals"]},
                   {"name": "orders", "classes": ["shop.orders.Order", "shop.orders.OrderService"], "tables": ["orders"]}],
                 "shared": ["shop.util.Money"],
                 "wiring": [{"from": "orders", "to": "billing", "operations": ["shop.billing.Billing#charge"]}]}
                """);
        Files.writeString(root.resolve("cleave-baseline.json"), """
                {"schemaVersion": 1, "metrics": null, "violations": [
                  {"fingerprint": "%s", "rule": "cleave.unplaced-class", "key": "shop.legacy.Old"}]}
                """.formatted(fingerprintOfOld()));
        CheckRequest request = new CheckRequest(root, root.resolve("cleave-plan.json"),
                root.resolve("cleave-baseline.json"), GateOptions.defaults(), Reports.all(), root.resolve("out"), false);
        return CheckRun.run(request, AnalyzerOptions.of(root).withGitCommits(0).withThreads(1), ProgressListener.NONE);
    }

    private static String fingerprintOfOld() {
        return new dev.cleave.pipeline.gate.Violation(dev.cleave.pipeline.gate.Rule.UNPLACED_CLASS,
                dev.cleave.pipeline.gate.Severity.ERROR, "shop.legacy.Old", "m", "f", 0).fingerprint();
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve("src/main/java").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
