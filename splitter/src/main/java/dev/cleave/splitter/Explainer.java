package dev.cleave.splitter;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.EdgeKind;
import dev.cleave.model.Plan;

import java.util.Map;

/**
 * Explains one class of a plan: the edges that hold it in its service and the cost of moving it to each
 * neighbouring service. O(V + E) to index the graph; to explain many classes of one plan, use
 * {@link WhatIf#explain(String)}, which reuses the index.
 */
public final class Explainer {
    private Explainer() {
    }

    /**
     * @param weights edge-kind weights for Newman's Q (also the weights ties are ranked by)
     * @throws IllegalArgumentException when the class is not in the graph
     */
    public static ClassExplanation explain(CodeGraph graph, Plan plan, String className,
                                           Map<EdgeKind, Double> weights) {
        return new WhatIf(graph, plan, weights).explain(className);
    }
}
