package dev.cleave.splitter.internal.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weak name evidence: each class is linked to the anchors (entities, entry points) whose stem is the longest word
 * prefix of its own name ({@code OrderLineDto} → the {@code OrderLine} entity; {@code OrderServiceImpl} → the
 * {@code Order} entity and the {@code OrderController}). An entity's stem is its whole name, an entry point's its
 * name without technical words. O(V × words per name).
 */
public final class StemLinks {
    private StemLinks() {
    }

    /** For each vertex, the anchor vertices it is linked to (ascending; never itself). */
    public static int[][] of(Facts facts) {
        Anchors names = facts.anchors();
        Map<List<String>, List<Integer>> anchors = new HashMap<>();
        for (int v = 0; v < facts.size(); v++) {
            List<String> stem = names.stem(v);
            if (!stem.isEmpty()) {
                anchors.computeIfAbsent(stem, s -> new ArrayList<>()).add(v);
            }
        }
        int[][] links = new int[facts.size()][];
        for (int v = 0; v < facts.size(); v++) {
            List<String> words = names.words(v);
            links[v] = new int[0];
            for (int length = words.size(); length > 0; length--) {
                List<Integer> found = anchors.get(words.subList(0, length));
                if (found == null) {
                    continue;
                }
                int[] others = new int[found.size()];
                int count = 0;
                for (int a : found) {
                    if (a != v) {
                        others[count++] = a;
                    }
                }
                if (count > 0) {
                    links[v] = Arrays.copyOf(others, count);
                    break;
                }
            }
        }
        return links;
    }

    /** The stem an anchor is known by; empty for classes that are not anchors. */
    public static List<String> anchorStem(Facts facts, int v) {
        return facts.anchors().stem(v);
    }
}
