package dev.cleave.splitter;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Wiring;
import dev.cleave.splitter.internal.GraphIndex;
import dev.cleave.splitter.internal.metrics.Adjacency;
import dev.cleave.splitter.internal.metrics.Placement;
import dev.cleave.splitter.internal.metrics.PlanState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores a plan against its graph with the formulas of DESIGN.md ("Metrics"); docs/metrics.md explains them.
 * Only classes in services count: shared and unassigned classes, and graph classes the plan does not mention,
 * are in no service, so their edges are neither internal nor cross-service (N = classes in services).
 *
 * <ul>
 *   <li>SM, structural modularity (Jin et al. 2019, "Service Candidate Identification from Monolithic Systems
 *   Based on Execution Traces", TSE; after the MQ of Mitchell and Mancoridis 2006, "On the automatic
 *   modularization of software systems using the Bunch tool", TSE): class pairs with a structural dependency
 *   (any edge kind but {@code co-change}) inside and across services.</li>
 *   <li>ICP, IFN and NED (Jin et al. 2019; NED after Wu et al. 2005): {@code call} weight between services over
 *   call weight between classes in services; classes called from another service per service; share of classes
 *   outside services of 5..20 classes.</li>
 *   <li>Q, Newman's modularity (Newman 2004, "Analysis of weighted networks", PRE 70; Newman 2006, PNAS 103) on
 *   the kind-weighted undirected graph induced by the classes in services.</li>
 *   <li>Table ownership: share of the tables accessed from services whose in-service accessors sit in one
 *   service.</li>
 * </ul>
 * All methods are O(V + E + K²).
 */
public final class PlanScorer {
    private PlanScorer() {
    }

    /** All metrics of DESIGN.md; {@code weights} = edge-kind weights for Newman's Q. */
    public static PlanMetrics score(CodeGraph graph, Plan plan, Map<EdgeKind, Double> weights) {
        return state(graph, plan, weights).metrics();
    }

    /**
     * The calls counted by {@link PlanMetrics#crossTransactionalCalls()}: a transactional class calling a business
     * class of another service ({@code Transactions}), as {@code Caller -> Callee (service 'a' -> 'b')}, sorted.
     */
    public static List<String> crossTransactionalCalls(CodeGraph graph, Plan plan) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(plan, "plan");
        Map<String, String> placeOf = plan.places();
        java.util.Set<String> calls = new java.util.TreeSet<>();
        for (dev.cleave.model.Edge e : graph.edges()) {
            String from = placeOf.get(e.from());
            String to = placeOf.get(e.to());
            if (e.kind() == EdgeKind.CALL && Plan.isService(from) && Plan.isService(to) && !from.equals(to)
                    && dev.cleave.splitter.internal.metrics.Transactions.isTransactional(graph.node(e.from()))
                    && dev.cleave.splitter.internal.metrics.Transactions.isBusiness(graph.node(e.to()))) {
                calls.add(e.from() + " -> " + e.to() + " (service '" + from + "' -> '" + to + "')");
            }
        }
        return List.copyOf(calls);
    }

    /**
     * For each ordered pair of services with code references from the first to the second, the operations that
     * cross, style {@code rest}: {@code Type#method(params)} for each method of a business class of the second
     * (service, component, EJB: what becomes a remote call) that classes of the first call (the graph's call
     * operations), else the referenced {@code Type} as a whole (values, entities and data access, which are copied;
     * a class only held or created; a call whose method the analyzer could not name); co-change and table edges are
     * not operations. Sorted by (from, to).
     */
    public static List<Wiring> wiring(CodeGraph graph, Plan plan) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(plan, "plan");
        Adjacency adj = Adjacency.of(graph, Map.of());
        return wiring(adj, Placement.of(adj, plan));
    }

    /** {@link #wiring(CodeGraph, Plan)} on an adjacency and placement already built (the splitter's own). */
    static List<Wiring> wiring(Adjacency adj, Placement placement) {
        GraphIndex index = adj.index();
        int k = placement.services().size();
        int[] places = placement.places();
        long[] crossing = new long[index.edgeCount()];
        int count = 0;
        for (int e = 0; e < crossing.length; e++) {
            int from = index.from(e) >= 0 ? places[index.from(e)] : -1;
            int to = index.to(e) >= 0 ? places[index.to(e)] : -1;
            if (from >= 0 && to >= 0 && from != to && Adjacency.isCodeReference(index.kind(e))) {
                crossing[count++] = ((long) from * k + to) << 32 | index.to(e);
            }
        }
        java.util.Arrays.sort(crossing, 0, count);
        // per (pair of services, called class): the operations its callers in the first service call
        Map<Long, java.util.TreeSet<String>> called = new java.util.HashMap<>();
        List<dev.cleave.model.Edge> edges = index.graph().edges();
        for (int e = 0; e < index.edgeCount(); e++) {
            int from = index.from(e) >= 0 ? places[index.from(e)] : -1;
            int to = index.to(e) >= 0 ? places[index.to(e)] : -1;
            if (from >= 0 && to >= 0 && from != to && index.kind(e) == EdgeKind.CALL
                    && !edges.get(e).operations().isEmpty()
                    && dev.cleave.splitter.internal.metrics.Transactions.isBusiness(
                            index.graph().nodes().get(index.to(e)))) {
                called.computeIfAbsent(((long) from * k + to) << 32 | index.to(e), x -> new java.util.TreeSet<>())
                        .addAll(edges.get(e).operations());
            }
        }
        List<Wiring> wiring = new ArrayList<>();
        for (int i = 0; i < count; ) {
            long pair = crossing[i] >>> 32;
            List<String> operations = new ArrayList<>();
            for (; i < count && crossing[i] >>> 32 == pair; i++) {
                if (operations.isEmpty() || crossing[i] != crossing[i - 1]) {
                    String type = index.id((int) crossing[i]);
                    java.util.TreeSet<String> ops = called.get(crossing[i]);
                    if (ops == null) {
                        operations.add(type);
                    } else {
                        ops.forEach(op -> operations.add(type + "#" + op));
                    }
                }
            }
            wiring.add(new Wiring(placement.services().get((int) (pair / k)),
                    placement.services().get((int) (pair % k)), "rest", operations));
        }
        return wiring;
    }

    /** Tables accessed from more than one service, with those services (sorted), by table name. */
    public static Map<String, List<String>> splitTables(CodeGraph graph, Plan plan) {
        Adjacency adj = Adjacency.of(graph, Map.of());
        Placement placement = Placement.of(adj, plan);
        Map<String, List<String>> named = new TreeMap<>();
        placement.state(adj).splitTables().forEach((table, services) ->
                named.put(table, services.stream().map(placement.services()::get).sorted().toList()));
        return named;
    }

    /** As {@link #score(CodeGraph, Plan, Map)} on the adjacency built with the same weights. */
    static PlanMetrics score(Adjacency adj, Placement placement) {
        return placement.state(adj).metrics();
    }

    static PlanState state(CodeGraph graph, Plan plan, Map<EdgeKind, Double> weights) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(weights, "weights");
        Adjacency adj = Adjacency.of(graph, weights);
        return Placement.of(adj, plan).state(adj);
    }
}
