package dev.cleave.codegen.internal.source;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;

/**
 * Makes a parsed monolith file smaller for the rest of the generation. Every node refers to its tokens, and through
 * their links to every token of the file, white space included: about half of a tree's memory, held for every file
 * of the monolith until the last service is written. The generator reads the trees, prints new code with the pretty
 * printer and takes line numbers from the nodes' ranges; an edit that keeps the rest of a file as written parses the
 * file again ({@link EditableSource}). So each node keeps its range and lets go of its tokens.
 */
final class LeanTrees {
    private LeanTrees() {
    }

    static CompilationUnit withoutTokens(CompilationUnit unit) {
        unit.walk(Node.TreeTraversal.POSTORDER, LeanTrees::forgetTokens);
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
