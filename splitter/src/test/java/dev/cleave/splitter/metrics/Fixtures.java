package dev.cleave.splitter.metrics;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.GraphStats;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.ProjectInfo;
import dev.cleave.model.Resolution;
import dev.cleave.model.Service;
import dev.cleave.model.Stereotype;
import dev.cleave.model.TableAccess;
import dev.cleave.model.TableUse;
import dev.cleave.model.TypeKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small hand-built graphs and plans. */
final class Fixtures {
    /** call 1, type-use 0.5, field 1; co-change (and the rest) 0. */
    static final Map<EdgeKind, Double> WEIGHTS = weights();

    private Fixtures() {
    }

    private static Map<EdgeKind, Double> weights() {
        Map<EdgeKind, Double> w = new EnumMap<>(EdgeKind.class);
        w.put(EdgeKind.CALL, 1.0);
        w.put(EdgeKind.TYPE_USE, 0.5);
        w.put(EdgeKind.FIELD, 1.0);
        return w;
    }

    static Node node(String id, List<Stereotype> stereotypes, List<TableUse> tables) {
        return new Node(id, TypeKind.CLASS, id + ".java", 10, List.of(), stereotypes, tables, List.of(), false);
    }

    static Node node(String id) {
        return node(id, List.of(), List.of());
    }

    static TableUse table(String name, TableAccess access) {
        return new TableUse(name, access);
    }

    static Edge edge(String from, String to, EdgeKind kind, int weight) {
        return new Edge(from, to, kind, weight);
    }

    static CodeGraph graph(List<Node> nodes, List<Edge> edges) {
        GraphStats stats = new GraphStats(nodes.size(), nodes.size(), 0, Resolution.NONE, Resolution.NONE, Map.of(),
                List.of());
        return CodeGraph.of(new ProjectInfo("t", "/t", List.of(), List.of(), 0), stats, nodes, edges);
    }

    static Plan plan(List<String> shared, String... services) {
        List<Service> list = new ArrayList<>();
        for (String spec : services) {
            String[] parts = spec.split("=");
            list.add(Service.of(parts[0], List.of(parts[1].split(","))));
        }
        return Plan.of(list, shared);
    }

    /**
     * Services a = {a1, a2, a3}, b = {b1, b2}; u shared; x in the graph but not in the plan.
     * <pre>
     * a1 → a2 call 2, a1 → a2 type-use 1, a2 → a3 call 1, a3 → a1 type-use 1,
     * a1 → b1 call 1, b1 → b2 call 1, b2 → a2 field 1,
     * b1 → u call 4, a3 → b2 co-change 5, x → a1 call 7
     * tables: a1 maps orders, b1 reads orders, a2 maps items, a3 reads items, b2 writes stock, u reads audit
     * </pre>
     */
    static CodeGraph shop() {
        return graph(List.of(
                node("a1", List.of(), List.of(table("orders", TableAccess.MAPS))),
                node("a2", List.of(), List.of(table("items", TableAccess.MAPS))),
                node("a3", List.of(), List.of(table("items", TableAccess.READS))),
                node("b1", List.of(), List.of(table("orders", TableAccess.READS))),
                node("b2", List.of(), List.of(table("stock", TableAccess.WRITES))),
                node("u", List.of(Stereotype.UTILITY), List.of(table("audit", TableAccess.READS))),
                node("x")), List.of(
                edge("a1", "a2", EdgeKind.CALL, 2), edge("a1", "a2", EdgeKind.TYPE_USE, 1),
                edge("a2", "a3", EdgeKind.CALL, 1), edge("a3", "a1", EdgeKind.TYPE_USE, 1),
                edge("a1", "b1", EdgeKind.CALL, 1), edge("b1", "b2", EdgeKind.CALL, 1),
                edge("b2", "a2", EdgeKind.FIELD, 1), edge("b1", "u", EdgeKind.CALL, 4),
                edge("a3", "b2", EdgeKind.CO_CHANGE, 5), edge("x", "a1", EdgeKind.CALL, 7)));
    }

    static Plan shopPlan() {
        return plan(List.of("u"), "a=a1,a2,a3", "b=b1,b2");
    }
}
