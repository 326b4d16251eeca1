package dev.cleave.web.ui;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The graph view's elements for Cytoscape.js: services as compound nodes holding classes, or packages, or
 * nothing, depending on size, so that a graph of thousands of classes stays a few hundred nodes. Edges between
 * the same two nodes are summed (thickness = weight); edges inside one node are left out. Between services, edges
 * keep their direction and carry the operations that cross ({@code Type#method(..)}), labelled with their count.
 */
final class GraphView {
    static final int MAX_CLASS_NODES = 300;
    static final int MAX_PACKAGE_NODES = 400;

    private GraphView() {
    }

    record Element(Map<String, Object> data, String classes) {
    }

    record Elements(String level, List<Element> nodes, List<Element> edges) {
    }

    static Elements of(CodeGraph graph, Plan plan, String requested) {
        Map<String, String> placeOf = new HashMap<>(plan.places());
        placeOf.values().removeIf(Plan.UNASSIGNED::equals);
        int classes = placeOf.size();
        Map<String, Integer> packages = new TreeMap<>();
        placeOf.forEach((c, s) -> packages.merge(s + "/" + pkg(c), 1, Integer::sum));
        String level = switch (requested == null ? "auto" : requested) {
            case "class", "package", "service" -> requested;
            default -> classes <= MAX_CLASS_NODES ? "class" : packages.size() <= MAX_PACKAGE_NODES ? "package"
                    : "service";
        };
        Map<String, String> nodeOf = new HashMap<>();
        Map<String, Element> nodes = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>(plan.services().stream().map(Service::name).toList());
        if (!plan.shared().isEmpty()) {
            groups.add(Plan.SHARED);
        }
        Map<String, Integer> sizes = new HashMap<>();
        placeOf.forEach((c, s) -> sizes.merge(s, 1, Integer::sum));
        for (String g : groups) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", "s:" + g);
            String name = g.equals(Plan.SHARED) ? "shared" : g;
            data.put("name", name);
            data.put("label", name + " (" + sizes.getOrDefault(g, 0) + ")");
            data.put("size", sizes.getOrDefault(g, 0));
            nodes.put("s:" + g, new Element(data, "service"));
        }
        List<String> sortedClasses = placeOf.keySet().stream().sorted().toList();
        for (String c : sortedClasses) {
            String s = placeOf.get(c);
            switch (level) {
                case "class" -> {
                    String id = "c:" + c;
                    nodeOf.put(c, id);
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("id", id);
                    data.put("label", c.substring(c.lastIndexOf('.') + 1));
                    data.put("fqn", c);
                    data.put("parent", "s:" + s);
                    nodes.put(id, new Element(data, "class"));
                }
                case "package" -> {
                    String id = "p:" + s + "/" + pkg(c);
                    nodeOf.put(c, id);
                    nodes.computeIfAbsent(id, k -> {
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("id", id);
                        data.put("label", shortPkg(pkg(c)) + " (" + packages.get(s + "/" + pkg(c)) + ")");
                        data.put("parent", "s:" + s);
                        return new Element(data, "package");
                    });
                }
                default -> nodeOf.put(c, "s:" + s);
            }
        }
        // between services an edge has a direction and names the operations that cross (a picture of the wiring);
        // below that level the two directions are summed into one line
        boolean directed = level.equals("service");
        Map<String, Long> weights = new TreeMap<>();
        Map<String, Set<String>> operations = new TreeMap<>();
        for (Edge e : graph.edges()) {
            String a = nodeOf.get(e.from());
            String b = nodeOf.get(e.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String key = directed || a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
            weights.merge(key, (long) e.weight(), Long::sum);
            if (directed) {
                Set<String> ops = operations.computeIfAbsent(key, k -> new TreeSet<>());
                e.operations().forEach(op -> ops.add(e.to() + "#" + op));
            }
        }
        List<Element> edges = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Long> w : weights.entrySet()) {
            int bar = w.getKey().indexOf('|');
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", "e" + n++);
            data.put("source", w.getKey().substring(0, bar));
            data.put("target", w.getKey().substring(bar + 1));
            data.put("weight", w.getValue());
            if (directed) {
                List<String> ops = List.copyOf(operations.get(w.getKey()));
                data.put("operations", ops);
                data.put("label", ops.isEmpty() ? "" : ops.size() + (ops.size() == 1 ? " op" : " ops"));
            }
            edges.add(new Element(data, directed ? "link" : ""));
        }
        return new Elements(level, List.copyOf(nodes.values()), edges);
    }

    private static String pkg(String fqn) {
        int dot = fqn.lastIndexOf('.');
        return dot < 0 ? "(default)" : fqn.substring(0, dot);
    }

    private static String shortPkg(String pkg) {
        int dot = pkg.lastIndexOf('.');
        return dot < 0 ? pkg : "…" + pkg.substring(dot);
    }
}
