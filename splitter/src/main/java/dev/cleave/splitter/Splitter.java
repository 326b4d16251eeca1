package dev.cleave.splitter;

import dev.cleave.model.Algorithm;
import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;
import dev.cleave.model.Wiring;
import dev.cleave.splitter.internal.GraphIndex;
import dev.cleave.splitter.internal.domain.Anchors;
import dev.cleave.splitter.internal.domain.Facts;
import dev.cleave.splitter.internal.domain.Liveness;
import dev.cleave.splitter.internal.domain.PlanAssembly;
import dev.cleave.splitter.internal.domain.Proposal;
import dev.cleave.splitter.internal.metrics.Adjacency;
import dev.cleave.splitter.internal.metrics.Placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinTask;

/**
 * Proposes services for a code graph: the entry points and entities of each business capability with the classes
 * that serve them (an entity with its aggregate, lookups and values), cross-cutting utilities used by several
 * services and the application's shell in {@code shared}, classes without any dependency in {@code unassigned}
 * (but entry points without any, a welcome or error page, in the service serving {@code /}). Clustering is a seeded
 * Leiden (see {@code internal.cluster.Leiden}) on the kind-weighted graph with hubs damped and cross-cutting classes
 * set aside, shaped by domain rules (table ownership, anchors, aggregates, minimum service size) and by the user's
 * constraints; a re-split keeps the previous plan's names ({@link SplitOptions#withPrevious}). docs/metrics.md
 * lists the rules. Deterministic: equal graphs and options give byte-identical plans.
 */
public final class Splitter {
    private Splitter() {
    }

    /**
     * @throws SplitException when the options or constraints name unknown classes, contradict each other, or ask
     *                        for more services than there are classes
     */
    public static Plan split(CodeGraph graph, SplitOptions options) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(options, "options");
        // what depends on the graph alone, the classes' names and roles and the scoring's view, is prepared on
        // another core while the proposal is made
        ForkJoinTask<Anchors> anchors = ForkJoinTask.adapt(() -> Anchors.of(graph.nodes())).fork();
        GraphIndex index = GraphIndex.of(graph);
        Facts facts = new Facts(index, options.edgeWeights(), anchors::join);
        ForkJoinTask<Adjacency> adjacency = ForkJoinTask.adapt(() -> Adjacency.of(index, options.edgeWeights())).fork();
        Proposal.Result result = Proposal.run(facts, new Proposal.Params(options.seed(), options.resolution(),
                options.edgeWeights(), options.constraints(), options.fixedServices(), options.minServices(),
                options.maxServices(), options.minServiceClasses(), options.minServiceLines(),
                options.previous()));
        Plan plan = PlanAssembly.plan(result, options.constraints(), algorithm(options));
        Adjacency adj = adjacency.join();
        Placement placement = Placement.of(adj, plan);
        ForkJoinTask<List<Wiring>> wiring = ForkJoinTask.adapt(() -> PlanScorer.wiring(adj, placement)).fork();
        PlanMetrics metrics = PlanScorer.score(adj, placement);
        return plan.withMetrics(metrics).withWiring(wiring.join());
    }

    /**
     * Classes nothing references that the framework does not call either (no entry point, listener, configuration,
     * bean or implementation of a used type), sorted. A plan still places them by what they use; they are
     * reported so that a person decides whether they are dead code.
     */
    public static List<String> deadClasses(CodeGraph graph) {
        Facts facts = new Facts(graph, SplitOptions.DEFAULT_EDGE_WEIGHTS);
        boolean[] dead = Liveness.dead(facts);
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < dead.length; v++) {
            if (dead[v]) {
                ids.add(facts.id(v));
            }
        }
        return ids;
    }

    private static Algorithm algorithm(SplitOptions options) {
        Map<String, Double> parameters = new TreeMap<>();
        parameters.put("resolution", options.resolution());
        parameters.put("services", (double) options.fixedServices());
        parameters.put("minServices", (double) options.minServices());
        parameters.put("maxServices", (double) options.maxServices());
        parameters.put("minServiceClasses", (double) options.minServiceClasses());
        parameters.put("minServiceLines", (double) options.minServiceLines());
        for (EdgeKind kind : EdgeKind.values()) {
            parameters.put("weight." + kind, options.edgeWeights().getOrDefault(kind, 0.0));
        }
        return new Algorithm("leiden", options.seed(), parameters);
    }
}
