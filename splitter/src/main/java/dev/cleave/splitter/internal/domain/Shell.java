package dev.cleave.splitter.internal.domain;

import dev.cleave.model.EntryPoint;
import dev.cleave.model.Stereotype;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The application's shell, which belongs to no business capability:
 * <ul>
 *   <li>the application class (stereotype {@code application}) and the classes only the shell references (its
 *   runtime-hints registrars, the configuration it imports...), which go to {@code shared}: every service
 *   starts from them, as the code generator requires;</li>
 *   <li>entry points nothing references and that reference nothing (a welcome page, an error page): a URL is
 *   served by exactly one service, so they go to the service that serves {@code /}, else to the one with the
 *   most classes (the first by name on a tie): the service the gateway sends unknown paths, static resources
 *   and error pages to.</li>
 * </ul>
 * A class the user pinned or grouped is never part of the shell.
 */
final class Shell {
    private Shell() {
    }

    /**
     * The application classes and, transitively, the classes all of whose users are in the shell (neither
     * anchors nor part of a larger atom). O(V + E).
     */
    static boolean[] application(Facts facts, boolean[] constrained, int[] atomSize, int[] atom) {
        boolean[] shell = new boolean[facts.size()];
        Deque<Integer> added = new ArrayDeque<>();
        for (int v = 0; v < facts.size(); v++) {
            if (facts.node(v).is(Stereotype.APPLICATION) && !constrained[v]) {
                shell[v] = true;
                added.add(v);
            }
        }
        while (!added.isEmpty()) {
            for (int u : facts.uses(added.poll())) {
                if (!shell[u] && !constrained[u] && !facts.anchors().isAnchor(u) && atomSize[atom[u]] == 1
                        && onlyUsedBy(facts, u, shell)) {
                    shell[u] = true;
                    added.add(u);
                }
            }
        }
        return shell;
    }

    private static boolean onlyUsedBy(Facts facts, int u, boolean[] shell) {
        for (int user : facts.usedBy(u)) {
            if (!shell[user]) {
                return false;
            }
        }
        return true;
    }

    /** Entry points without any edge that no constraint places: the web shell ({@link #placeEntryPoints}). */
    static boolean[] entryPoints(Facts facts, boolean[] isolated, boolean[] constrained) {
        boolean[] entry = new boolean[facts.size()];
        for (int v = 0; v < entry.length; v++) {
            entry[v] = isolated[v] && !constrained[v] && facts.anchors().isEntryPoint(v);
        }
        return entry;
    }

    /**
     * Puts the web shell's entry points into the service serving {@code /} (a class of a service with an entry
     * point at {@code /}), else into the service with the most classes, the first by name on a tie. Nothing
     * moves when there is no service.
     */
    static void placeEntryPoints(Layout layout, String[] names, boolean[] entry) {
        List<List<Integer>> members = layout.members();
        if (members.isEmpty()) {
            return;
        }
        int home = rootService(layout);
        home = home >= 0 ? home : largest(members, names);
        for (int v = 0; v < entry.length; v++) {
            if (entry[v]) {
                layout.place[v] = home;
            }
        }
    }

    /** The service of the first class in a service that serves {@code /}, or -1. */
    private static int rootService(Layout layout) {
        for (int v = 0; v < layout.place.length; v++) {
            if (layout.place[v] >= 0 && servesRoot(layout.facts, v)) {
                return layout.place[v];
            }
        }
        return -1;
    }

    private static int largest(List<List<Integer>> members, String[] names) {
        int best = 0;
        for (int c = 1; c < members.size(); c++) {
            int size = members.get(c).size();
            int bestSize = members.get(best).size();
            if (size > bestSize || (size == bestSize && names[c].compareTo(names[best]) < 0)) {
                best = c;
            }
        }
        return best;
    }

    private static boolean servesRoot(Facts facts, int v) {
        for (EntryPoint e : facts.node(v).entryPoints()) {
            if (e.path().equals("/") || e.path().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
