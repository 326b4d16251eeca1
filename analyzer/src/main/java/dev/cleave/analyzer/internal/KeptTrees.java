package dev.cleave.analyzer.internal;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;

/**
 * Makes a syntax tree that pass 1 keeps for pass 2 smaller. Every node refers to its tokens, and through their
 * links to every token of the file (white space included): most of a tree's memory. Pass 2 needs only the
 * nodes' line ranges, so each node keeps its range and lets go of its tokens.
 */
final class KeptTrees {
    private KeptTrees() {
    }

    static CompilationUnit withoutTokens(CompilationUnit unit) {
        unit.walk(Node.TreeTraversal.POSTORDER, KeptTrees::forgetTokens);
        return unit;
    }

    private static void forgetTokens(Node node) {
        Range range = node.getRange().orElse(null);
        node.setTokenRange(null);
        if (range != null) {
            node.setRange(range);
        }
    }
}
