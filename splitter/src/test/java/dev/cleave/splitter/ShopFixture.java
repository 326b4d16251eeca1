package dev.cleave.splitter;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-built layered shop of two capabilities of 30-line classes: orders (controller, service, repository, DTO, two
 * entities) and customers (controller, service, repository, DTO, entity), each at least the default minimum size
 * of a service; the order service calls the customer service once; both services use a string utility;
 * {@code x.Lonely} has no edge at all, {@code x.OldReport} only uses the orders.
 */
final class ShopFixture {
    static final String P = "x.";

    private ShopFixture() {
    }

    static Node node(String name, List<Stereotype> stereotypes, List<TableUse> tables) {
        return new Node(P + name, TypeKind.CLASS, name + ".java", 30, List.of(), stereotypes, tables, List.of(), false);
    }

    static TableUse maps(String table) {
        return new TableUse(table, TableAccess.MAPS);
    }

    static TableUse writes(String table) {
        return new TableUse(table, TableAccess.WRITES);
    }

    static Edge edge(String from, String to, EdgeKind kind, int weight) {
        return new Edge(P + from, P + to, kind, weight);
    }

    static CodeGraph graph(List<Node> nodes, List<Edge> edges) {
        GraphStats stats = new GraphStats(nodes.size(), nodes.size(), 0, Resolution.NONE, Resolution.NONE, Map.of(),
                List.of());
        return CodeGraph.of(new ProjectInfo("shop", "/shop", List.of(), List.of(), 0), stats, nodes, edges);
    }

    static CodeGraph shop() {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        capability("Order", "orders", nodes, edges);
        nodes.add(node("OrderLine", List.of(Stereotype.ENTITY), List.of(maps("order_line"))));
        edges.add(edge("Order", "OrderLine", EdgeKind.FIELD, 2));
        edges.add(edge("OrderService", "OrderLine", EdgeKind.NEW, 2));
        capability("Customer", "customer", nodes, edges);
        nodes.add(node("StringUtils", List.of(Stereotype.UTILITY), List.of()));
        edges.add(edge("OrderService", "StringUtils", EdgeKind.CALL, 3));
        edges.add(edge("CustomerService", "StringUtils", EdgeKind.CALL, 3));
        edges.add(edge("OrderService", "CustomerService", EdgeKind.CALL, 1));
        nodes.add(node("Lonely", List.of(), List.of()));
        nodes.add(node("OldReport", List.of(), List.of()));
        edges.add(edge("OldReport", "OrderRepository", EdgeKind.CALL, 2));
        edges.add(edge("OldReport", "Order", EdgeKind.TYPE_USE, 1));
        return graph(nodes, edges);
    }

    private static void capability(String stem, String table, List<Node> nodes, List<Edge> edges) {
        nodes.add(node(stem + "Controller", List.of(Stereotype.CONTROLLER), List.of()));
        nodes.add(node(stem + "Service", List.of(Stereotype.SERVICE), List.of()));
        nodes.add(node(stem + "Repository", List.of(Stereotype.REPOSITORY), List.of(writes(table))));
        nodes.add(node(stem, List.of(Stereotype.ENTITY), List.of(maps(table))));
        nodes.add(node(stem + "Dto", List.of(Stereotype.DTO), List.of()));
        edges.add(edge(stem + "Controller", stem + "Service", EdgeKind.CALL, 4));
        edges.add(edge(stem + "Controller", stem, EdgeKind.TYPE_USE, 2));
        edges.add(edge(stem + "Service", stem + "Repository", EdgeKind.CALL, 5));
        edges.add(edge(stem + "Service", stem, EdgeKind.NEW, 2));
        edges.add(edge(stem + "Repository", stem, EdgeKind.TYPE_USE, 3));
        edges.add(edge(stem + "Repository", stem, EdgeKind.TABLE, 1));
        edges.add(edge(stem + "Controller", stem + "Dto", EdgeKind.TYPE_USE, 2));
        edges.add(edge(stem + "Service", stem + "Dto", EdgeKind.NEW, 1));
    }
}
