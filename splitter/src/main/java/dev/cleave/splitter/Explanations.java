package dev.cleave.splitter;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Edge;
import dev.cleave.model.Node;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Stereotype;
import dev.cleave.splitter.internal.metrics.Adjacency;
import dev.cleave.splitter.internal.metrics.Placement;
import dev.cleave.splitter.internal.metrics.PlanState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Builds a {@link ClassExplanation} from the current state of a plan: O(degree · K + K³) for K services, plus the
 * reasons ({@code internal.domain.Reasons}).
 */
final class Explanations {
    /** Stereotypes of classes a framework instantiates or calls: never dead for lack of references. */
    private static final Set<Stereotype> CALLED_BY_FRAMEWORK = EnumSet.of(Stereotype.CONTROLLER,
            Stereotype.JAX_RS_RESOURCE, Stereotype.SERVLET, Stereotype.FILTER, Stereotype.LISTENER, Stereotype.EJB,
            Stereotype.MESSAGE_LISTENER, Stereotype.SCHEDULED, Stereotype.CONFIGURATION, Stereotype.APPLICATION,
            Stereotype.TEST);

    private Explanations() {
    }

    static ClassExplanation of(CodeGraph graph, Adjacency adj, Placement placement, PlanState state, int v,
                               BiFunction<Integer, Integer, PlanMetrics> preview, List<String> reasons) {
        int here = state.place(v);
        Map<Integer, List<Edge>> byOther = new TreeMap<>();
        for (Edge edge : adj.edgesOf(v)) {
            int u = adj.vertex(edge.from().equals(adj.id(v)) ? edge.to() : edge.from());
            byOther.computeIfAbsent(u, x -> new ArrayList<>()).add(edge);
        }
        List<ClassExplanation.Tie> holds = new ArrayList<>();
        Map<Integer, Double> pull = new TreeMap<>();
        for (int i = 0; i < adj.degree(v); i++) {
            int u = adj.neighbor(v, i);
            int there = state.place(u);
            if (there >= 0 && there == here) {
                holds.add(new ClassExplanation.Tie(adj.id(u), adj.weight(v, i), byOther.get(u)));
            } else if (there >= 0) {
                pull.merge(there, adj.weight(v, i), Double::sum);
            }
        }
        holds.sort(Comparator.comparingDouble(ClassExplanation.Tie::weight).reversed()
                .thenComparing(t -> -t.edges().size()).thenComparing(ClassExplanation.Tie::otherClass));
        List<ClassExplanation.MoveCost> moves = new ArrayList<>();
        pull.forEach((to, weight) -> moves.add(cost(adj, placement, state, v, to, weight, byOther, preview)));
        moves.sort(Comparator.comparingDouble(ClassExplanation.MoveCost::cost)
                .thenComparing(ClassExplanation.MoveCost::toService));
        return new ClassExplanation(adj.id(v), name(placement, here), dead(graph.nodes().get(v), adj, v), holds,
                moves, reasons);
    }

    private static ClassExplanation.MoveCost cost(Adjacency adj, Placement placement, PlanState state, int v, int to,
                                                  double pull, Map<Integer, List<Edge>> byOther,
                                                  BiFunction<Integer, Integer, PlanMetrics> preview) {
        int here = state.place(v);
        List<Edge> cross = new ArrayList<>();
        List<Edge> internal = new ArrayList<>();
        double cost = 0;
        for (Map.Entry<Integer, List<Edge>> entry : byOther.entrySet()) {
            int there = state.place(entry.getKey());
            boolean crossNow = here >= 0 && there >= 0 && there != here;
            boolean crossAfter = there >= 0 && there != to;
            for (Edge edge : entry.getValue()) {
                if (crossAfter && !crossNow) {
                    cross.add(edge);
                    cost += adj.weightOf(edge);
                } else if (there == to && crossNow) {
                    internal.add(edge);
                }
            }
        }
        return new ClassExplanation.MoveCost(placement.services().get(to), pull, cost, cross, internal,
                preview.apply(v, to));
    }

    private static boolean dead(Node node, Adjacency adj, int v) {
        return !adj.isReferenced(v) && node.entryPoints().isEmpty()
                && node.stereotypes().stream().noneMatch(CALLED_BY_FRAMEWORK::contains);
    }

    static String name(Placement placement, int place) {
        return place >= 0 ? placement.services().get(place)
                : place == Placement.SHARED ? Plan.SHARED
                : place == Placement.UNASSIGNED ? Plan.UNASSIGNED : "";
    }
}
