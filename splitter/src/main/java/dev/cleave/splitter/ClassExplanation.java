package dev.cleave.splitter;

import dev.cleave.model.Edge;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;

import java.util.List;
import java.util.Objects;

/**
 * Why a class sits where it does and what moving it would cost: the data the wizard shows while dragging.
 *
 * @param className fully-qualified class name
 * @param place     its service, {@link Plan#SHARED}, {@link Plan#UNASSIGNED}, or {@code ""}
 *                  when the plan does not place it
 * @param dead      nothing references it (no edge of a code-reference kind points to it), it serves no HTTP
 *                  entry point and it has no stereotype a framework calls (controller, servlet, listener,
 *                  scheduled job...)
 * @param holds     the classes of its own service it is tied to, strongest first (by kind-weighted weight, then
 *                  edge count, then name)
 * @param moves     the cost of moving it to each other service it has edges to, cheapest first (by the
 *                  kind-weighted weight of the edges that would become cross-service, then name)
 * @param reasons   the splitter's placement rules that speak for its place, in words, read from the graph and the
 *                  plan as it is now: the aggregate, lookup or value it belongs to ("part of the aggregate of
 *                  Owner..."), the application and web shell, why a shared class is shared ("used by catalog,
 *                  order; a value type"), and, for a capability too small to be a service, the merge ("maintenance
 *                  (4 classes, 115 lines) is below the smallest service ...: merged into fleet, ..."). Empty when no
 *                  rule but the ties in {@code holds} placed it
 */
public record ClassExplanation(String className, String place, boolean dead, List<Tie> holds, List<MoveCost> moves,
                               List<String> reasons) {
    public ClassExplanation {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(place, "place");
        holds = List.copyOf(holds);
        moves = List.copyOf(moves);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /**
     * The edges between the class and one other class.
     *
     * @param otherClass the other class
     * @param weight     kind-weighted sum of the edges (the weights Newman's Q uses)
     * @param edges      the edges, both directions, in graph order
     */
    public record Tie(String otherClass, double weight, List<Edge> edges) {
        public Tie {
            edges = List.copyOf(edges);
        }
    }

    /**
     * The cost of moving the class to one service.
     *
     * @param toService        the service
     * @param pull             kind-weighted weight of the class's edges to that service
     * @param cost             kind-weighted weight of the edges that would become cross-service
     * @param becomingCross    edges that would cross a service boundary after the move and do not now
     * @param becomingInternal edges that cross a boundary now and would be inside the service after the move
     * @param delta            the change of every metric (after − before)
     */
    public record MoveCost(String toService, double pull, double cost, List<Edge> becomingCross,
                           List<Edge> becomingInternal, PlanMetrics delta) {
        public MoveCost {
            becomingCross = List.copyOf(becomingCross);
            becomingInternal = List.copyOf(becomingInternal);
        }
    }
}
