package dev.cleave.pipeline.gate;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the {@link ServiceGraph} of a plan over the current code. */
final class ServiceGraphs {
    private ServiceGraphs() {
    }

    static ServiceGraph of(CodeGraph graph, Plan plan, Placement placement, List<Violation> boundary) {
        Set<String> present = graph.nodes().stream().map(Node::id).collect(Collectors.toSet());
        List<ServiceGraph.ServiceNode> services = plan.services().stream()
                .map(s -> new ServiceGraph.ServiceNode(s.name(), s.classes().size(),
                        (int) s.classes().stream().filter(present::contains).count()))
                .toList();
        Set<String> undeclared = boundary.stream().map(Violation::key).collect(Collectors.toSet());
        Map<String, long[]> links = new TreeMap<>();
        Map<String, Set<String>> operations = new TreeMap<>();
        for (Edge edge : graph.edges()) {
            String from = placement.of(edge.from());
            String to = placement.of(edge.to());
            if (edge.kind() == EdgeKind.CO_CHANGE || edge.kind() == EdgeKind.TABLE || !Plan.isService(from)
                    || !Plan.isService(to) || from.equals(to)) {
                continue;
            }
            long[] link = links.computeIfAbsent(from + "\u0000" + to, k -> new long[2]);
            link[0] += edge.weight();
            link[1] += undeclared.remove(edge.from() + " -> " + edge.to()) ? 1 : 0;
            Set<String> ops = operations.computeIfAbsent(from + "\u0000" + to, k -> new TreeSet<>());
            edge.operations().forEach(op -> ops.add(edge.to() + "#" + op));
        }
        List<ServiceGraph.Link> result = new ArrayList<>();
        links.forEach((pair, link) -> {
            String[] names = pair.split("\u0000");
            result.add(new ServiceGraph.Link(names[0], names[1], link[0], (int) link[1],
                    List.copyOf(operations.get(pair))));
        });
        return new ServiceGraph(services, result);
    }
}
