package dev.cleave.splitter;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.splitter.internal.domain.Facts;
import dev.cleave.splitter.internal.domain.Reasons;
import dev.cleave.splitter.internal.metrics.Adjacency;
import dev.cleave.splitter.internal.metrics.Placement;
import dev.cleave.splitter.internal.metrics.PlanState;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An editable plan whose metrics follow each move without re-scoring the graph: the wizard's drag and drop.
 * Building costs O(V + E); a move, preview or undo costs O(degree of the moved classes + their tables), and
 * reading the metrics O(K²) for K services. Metrics equal {@link PlanScorer#score} of {@link #plan()} (integers
 * exactly, Q up to floating-point summation order). Not thread-safe.
 */
public final class WhatIf {
    private final CodeGraph graph;
    private final Plan original;
    private final Adjacency adj;
    private final Placement placement;
    private final PlanState state;
    private final Deque<int[][]> history = new ArrayDeque<>();
    private final Map<EdgeKind, Double> weights;
    private Reasons reasons;

    /** @param weights edge-kind weights for Newman's Q, as for {@link PlanScorer#score} */
    public WhatIf(CodeGraph graph, Plan plan, Map<EdgeKind, Double> weights) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.original = Objects.requireNonNull(plan, "plan");
        this.weights = Objects.requireNonNull(weights, "weights");
        this.adj = Adjacency.of(graph, weights);
        this.placement = Placement.of(adj, plan);
        this.state = placement.state(adj);
    }

    /**
     * Moves classes into a service and returns the metrics before and after; {@link #undo()} takes it back.
     *
     * @throws IllegalArgumentException naming the class or service when a class is not in the graph or the plan
     *                                  has no such service; nothing moves then
     */
    public MoveOutcome move(Collection<String> classes, String toService) {
        return apply(classes, toService, target(toService), true);
    }

    /** Moves classes into the shared library; see {@link #move}. */
    public MoveOutcome moveToShared(Collection<String> classes) {
        return apply(classes, Plan.SHARED, Placement.SHARED, true);
    }

    /** The outcome {@link #move} would have, leaving the plan as it is. */
    public MoveOutcome preview(Collection<String> classes, String toService) {
        return apply(classes, toService, target(toService), false);
    }

    /** Takes back the latest move not yet undone. @throws IllegalStateException when there is none */
    public void undo() {
        if (history.isEmpty()) {
            throw new IllegalStateException("nothing to undo: no move since the plan was loaded");
        }
        restore(history.pop());
    }

    public boolean canUndo() {
        return !history.isEmpty();
    }

    /** The current metrics. */
    public PlanMetrics metrics() {
        return state.metrics();
    }

    /** The current plan: moved classes in their new places, current metrics and wiring. O(V + E). */
    public Plan plan() {
        return PlanRebuild.of(graph, original, adj, placement, state);
    }

    /**
     * Why a class sits in its service and what moving it would cost; see {@link Explainer}. The first call also
     * prepares the placement rules for the graph, O(V + E).
     */
    public ClassExplanation explain(String className) {
        int v = vertexOf(className);
        return Explanations.of(graph, adj, placement, state, v, this::previewVertex, reasons(v));
    }

    private List<String> reasons(int v) {
        if (reasons == null) {
            reasons = Reasons.of(new Facts(adj.index(), weights));
        }
        Map<String, Double> parameters = original.algorithm() == null ? Map.of() : original.algorithm().parameters();
        int minClasses = parameters.getOrDefault("minServiceClasses",
                (double) SplitOptions.DEFAULT_MIN_SERVICE_CLASSES).intValue();
        int minLines = parameters.getOrDefault("minServiceLines",
                (double) SplitOptions.DEFAULT_MIN_SERVICE_LINES).intValue();
        Reasons.Where where = u -> {
            int p = state.place(u);
            return p >= 0 ? p : p == Placement.SHARED ? Reasons.Where.SHARED : Reasons.Where.ELSEWHERE;
        };
        return reasons.of(v, where, placement.services(), minClasses, minLines);
    }

    private MoveOutcome apply(Collection<String> classes, String name, int target, boolean keep) {
        Objects.requireNonNull(classes, "classes");
        int[] vertices = classes.stream().mapToInt(this::vertexOf).toArray();
        int[] places = new int[vertices.length];
        Map<String, String> from = new LinkedHashMap<>();
        PlanMetrics before = state.metrics();
        for (int i = 0; i < vertices.length; i++) {
            places[i] = state.place(vertices[i]);
            from.putIfAbsent(adj.id(vertices[i]), Explanations.name(placement, places[i]));
            state.move(vertices[i], target);
        }
        PlanMetrics after = state.metrics();
        int[][] undo = {vertices, places};
        if (keep) {
            history.push(undo);
        } else {
            restore(undo);
        }
        return new MoveOutcome(List.copyOf(classes), name, from, before, after);
    }

    PlanMetrics previewVertex(int vertex, int target) {
        PlanMetrics before = state.metrics();
        int back = state.place(vertex);
        state.move(vertex, target);
        PlanMetrics after = state.metrics();
        state.move(vertex, back);
        return MoveOutcome.difference(before, after);
    }

    private void restore(int[][] undo) {
        for (int i = undo[0].length - 1; i >= 0; i--) {
            state.move(undo[0][i], undo[1][i]);
        }
    }

    private int vertexOf(String className) {
        int v = adj.vertex(Objects.requireNonNull(className, "class name"));
        if (v < 0) {
            throw new IllegalArgumentException("unknown class " + className + ": it is not in the graph (analyze"
                    + " the project again if it is new)");
        }
        return v;
    }

    private int target(String service) {
        int s = placement.service(Objects.requireNonNull(service, "service"));
        if (s < 0) {
            throw new IllegalArgumentException("unknown service '" + service + "': the plan has "
                    + placement.services());
        }
        return s;
    }
}
