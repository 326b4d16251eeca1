package dev.cleave.pipeline.gate;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.Service;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tiny hand-built graphs and plans: a shop with an orders and a billing service. */
public final class Fixtures {
    private final Path root;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    public Fixtures(Path root) {
        this.root = root;
    }

    public Fixtures node(String id, String... tables) {
        List<TableUse> uses = java.util.Arrays.stream(tables).map(t -> new TableUse(t, TableAccess.MAPS)).toList();
        nodes.add(new Node(id, TypeKind.CLASS, "src/main/java/" + id.replace('.', '/') + ".java", 10, List.of(),
                tables.length > 0 ? List.of(Stereotype.ENTITY) : List.of(), uses, List.of(), false));
        return this;
    }

    /** A call edge naming the operations called (graph.json v2). */
    public Fixtures call(String from, String to, int weight, String... operations) {
        edges.removeIf(e -> e.from().equals(from) && e.to().equals(to) && e.kind() == EdgeKind.CALL);
        edges.add(new Edge(from, to, EdgeKind.CALL, weight, List.of(operations)));
        return this;
    }

    public Fixtures edge(String from, String to, EdgeKind kind, int weight) {
        edges.add(new Edge(from, to, kind, weight));
        return this;
    }

    public CodeGraph graph() {
        return CodeGraph.of(new ProjectInfo("shop", root.toString(), List.of("src/main/java"), List.of(), 0),
                new GraphStats(nodes.size(), nodes.size(), 0, Resolution.NONE, Resolution.NONE, Map.of(), List.of()),
                nodes, edges);
    }

    /** orders: shop.orders.Order, OrderService; billing: shop.billing.Invoice, Billing; shared: shop.util.Money. */
    public static Fixtures shop(Path root) {
        return new Fixtures(root)
                .node("shop.orders.Order", "orders").node("shop.orders.OrderService")
                .node("shop.billing.Invoice", "invoices").node("shop.billing.Billing")
                .node("shop.util.Money")
                .edge("shop.orders.OrderService", "shop.orders.Order", EdgeKind.CALL, 3)
                .edge("shop.orders.OrderService", "shop.billing.Billing", EdgeKind.CALL, 2)
                .edge("shop.billing.Billing", "shop.billing.Invoice", EdgeKind.NEW, 1)
                .edge("shop.billing.Invoice", "shop.util.Money", EdgeKind.FIELD, 1);
    }

    public static List<Service> services() {
        return List.of(
                new Service("orders", List.of("shop.orders.Order", "shop.orders.OrderService"), List.of(),
                        List.of("orders"), 0, Map.of()),
                new Service("billing", List.of("shop.billing.Invoice", "shop.billing.Billing"), List.of(),
                        List.of("invoices"), 0, Map.of()));
    }
}
