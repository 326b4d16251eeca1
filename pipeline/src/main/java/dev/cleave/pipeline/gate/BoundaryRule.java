package dev.cleave.pipeline.gate;

import dev.cleave.model.CallSite;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@link Rule#CROSS_BOUNDARY}: code references (every edge kind but {@code co-change} and {@code table}) from a
 * class of one service to a class of another that the wiring does not declare, and references from the shared
 * library into a service. References to shared or unassigned classes are allowed; references of classes the plan
 * does not place are left to {@link Rule#UNPLACED_CLASS}. One violation per pair of classes; and, where the wiring
 * lists a class's operations one by one ({@code Type#method(params)}), one per call of an operation it does not list,
 * at its first call when a {@link CallSiteLocator} finds it, else at the first line naming the method.
 */
final class BoundaryRule {
    private BoundaryRule() {
    }

    static List<Violation> check(CodeGraph graph, Placement placement, SourceLines lines, CallSiteLocator sites) {
        Map<String, Node> nodes = graph.nodes().stream().collect(Collectors.toMap(Node::id, n -> n));
        Map<String, List<Edge>> byPair = new LinkedHashMap<>();
        for (Edge edge : graph.edges()) {
            if (edge.kind() != EdgeKind.CO_CHANGE && edge.kind() != EdgeKind.TABLE
                    && !allowed(placement, edge.from(), edge.to())) {
                byPair.computeIfAbsent(edge.from() + " -> " + edge.to(), k -> new ArrayList<>()).add(edge);
            }
        }
        List<Violation> found = new ArrayList<>();
        byPair.forEach((key, edges) -> found.add(violation(key, edges, nodes, placement, lines)));
        Map<Edge, List<String>> undeclared = new LinkedHashMap<>();
        for (Edge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.CALL && !edge.operations().isEmpty()
                    && allowed(placement, edge.from(), edge.to()) && crossesServices(placement, edge)) {
                for (String operation : edge.operations()) {
                    if (!placement.declaresOperation(placement.of(edge.from()), placement.of(edge.to()), edge.to(),
                            operation)) {
                        undeclared.computeIfAbsent(edge, e -> new ArrayList<>()).add(operation);
                    }
                }
            }
        }
        Map<String, Integer> called = firstCalls(undeclared.keySet(), sites);
        undeclared.forEach((edge, operations) -> operations.forEach(operation -> found.add(undeclaredOperation(edge,
                operation, nodes, placement.of(edge.from()), placement.of(edge.to()), lines,
                called.getOrDefault(edge.from() + " -> " + edge.to() + "#" + operation, 0)))));
        return found;
    }

    /** The line of the first call of each operation of the edges, by {@code from -> to#operation}. */
    private static Map<String, Integer> firstCalls(Collection<Edge> edges, CallSiteLocator sites) {
        Map<String, Integer> first = new HashMap<>();
        if (edges.isEmpty()) {
            return first;
        }
        Set<String> from = new TreeSet<>();
        edges.forEach(e -> from.add(e.from()));
        for (CallSite site : sites.sitesIn(from)) {
            if (site.line() > 0) {
                first.merge(site.from() + " -> " + site.to() + "#" + site.operation(), site.line(), Math::min);
            }
        }
        return first;
    }

    private static boolean crossesServices(Placement placement, Edge edge) {
        String source = placement.of(edge.from());
        String target = placement.of(edge.to());
        return Plan.isService(source) && Plan.isService(target) && !source.equals(target);
    }

    /**
     * A call to a method of a declared class that the wiring, which lists that class's operations one by one, does
     * not list: the operation is new.
     */
    private static Violation undeclaredOperation(Edge edge, String operation, Map<String, Node> nodes, String source,
                                                 String target, SourceLines lines, int calledAt) {
        Node from = nodes.get(edge.from());
        Node to = nodes.get(edge.to());
        String declared = edge.to() + "#" + operation;
        String message = edge.from() + " (service " + source + ") calls " + declared + " (service " + target
                + "), an operation the plan's wiring " + source + " -> " + target + " does not declare: declare "
                + declared + " in that wiring, move one of the classes, or call a declared operation.";
        String method = operation.contains("(") ? operation.substring(0, operation.indexOf('(')) : operation;
        method = method.substring(method.lastIndexOf('.') + 1);
        int line = calledAt > 0 ? calledAt : lines.firstMention(from.sourceFile(), method, false);
        return Violation.of(Rule.CROSS_BOUNDARY, edge.from() + " -> " + declared, message, from.sourceFile(),
                line > 0 ? line : lines.firstMention(from.sourceFile(), to.simpleName(), false));
    }

    private static boolean allowed(Placement placement, String from, String to) {
        String source = placement.of(from);
        String target = placement.of(to);
        if (!Plan.isService(target) || source == null || source.equals(Plan.UNASSIGNED)
                || source.equals(target)) {
            return true;
        }
        return Plan.isService(source) && placement.declares(source, target, to);
    }

    private static Violation violation(String key, List<Edge> edges, Map<String, Node> nodes, Placement placement,
                                       SourceLines lines) {
        Edge first = edges.get(0);
        Node from = nodes.get(first.from());
        Node to = nodes.get(first.to());
        String source = placement.of(from.id());
        String target = placement.of(to.id());
        String kinds = edges.stream().map(e -> e.kind() + " x" + e.weight()).collect(Collectors.joining(", "));
        String fix = Plan.isService(source)
                ? "declare " + to.id() + " in the plan's wiring " + source + " -> " + target
                + ", move one of the classes, or remove the dependency."
                : "the shared library must not depend on a service: move " + to.id() + " to shared or remove the"
                + " dependency.";
        String message = from.id() + " (" + describe(source) + ") depends on " + to.id() + " (service " + target
                + ") [" + kinds + "]: " + fix;
        return Violation.of(Rule.CROSS_BOUNDARY, key, message, from.sourceFile(),
                lines.firstMention(from.sourceFile(), to.simpleName(), false));
    }

    private static String describe(String place) {
        return Plan.isService(place) ? "service " + place : "shared library";
    }
}
