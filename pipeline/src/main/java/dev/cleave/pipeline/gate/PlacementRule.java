package dev.cleave.pipeline.gate;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Node;
import dev.cleave.model.Stereotype;

import java.util.List;

/** {@link Rule#UNPLACED_CLASS}: classes of the code (tests excluded) that the plan places nowhere. */
final class PlacementRule {
    private PlacementRule() {
    }

    static List<Violation> check(CodeGraph graph, Placement placement, SourceLines lines) {
        return graph.nodes().stream()
                .filter(n -> placement.of(n.id()) == null && !n.is(Stereotype.TEST))
                .map(n -> violation(n, lines))
                .toList();
    }

    private static Violation violation(Node node, SourceLines lines) {
        String message = node.id() + " is in no service of the plan: new code must be placed. Add it to a"
                + " service's classes, to shared, or to unassigned in the plan.";
        return Violation.of(Rule.UNPLACED_CLASS, node.id(), message, node.sourceFile(),
                lines.declaration(node.sourceFile(), node.simpleName()));
    }
}
