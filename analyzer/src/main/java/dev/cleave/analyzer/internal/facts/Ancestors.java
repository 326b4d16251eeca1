package dev.cleave.analyzer.internal.facts;

import com.github.javaparser.ast.Node;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The nearest enclosing node of a kind. JavaParser's own {@code findAncestor(Class...)} is variadic over a generic
 * type (an unchecked array at every call) and its one-class form is deprecated.
 */
final class Ancestors {
    private Ancestors() {
    }

    /** The nearest proper ancestor of {@code node} that {@code test} accepts. */
    static Optional<Node> nearest(Node node, Predicate<Node> test) {
        for (Node at = node.getParentNode().orElse(null); at != null; at = at.getParentNode().orElse(null)) {
            if (test.test(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** The nearest proper ancestor of {@code node} of this type. */
    static <N> Optional<N> nearest(Node node, Class<N> type) {
        return nearest(node, type::isInstance).map(type::cast);
    }
}
