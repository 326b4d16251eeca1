package dev.cleave.splitter.internal.domain;

import java.util.List;

/**
 * Merges clusters that cannot stand as a service: those smaller than a minimum size, and those without an anchor
 * (no entry point, no entity), each into the neighbour it is most connected to, smallest first. A cluster the user
 * pinned a service to stays. An anchorless cluster tied to no other cluster goes to {@code shared}.
 */
final class Merging {
    private Merging() {
    }

    static void mergeWeak(Layout layout, int minSize) {
        boolean[] keep = new boolean[layout.place.length + 1];
        while (true) {
            layout.compact();
            List<List<Integer>> members = layout.members();
            int weakest = -1;
            for (int c = 0; c < members.size(); c++) {
                if (!keep[c] && isWeak(layout, members.get(c), minSize) && layout.pinOf(c) == null
                        && (weakest < 0 || members.get(c).size() < members.get(weakest).size())) {
                    weakest = c;
                }
            }
            if (weakest < 0) {
                return;
            }
            int into = bestNeighbour(layout, weakest, layout.connections());
            if (into >= 0) {
                layout.merge(weakest, into);
                keep = new boolean[keep.length];
            } else if (layout.anchorsKnown() && !hasAnchor(layout, members.get(weakest))
                    && !anyConstrained(layout, members.get(weakest))) {
                members.get(weakest).forEach(v -> layout.place[v] = Layout.SHARED);
                keep = new boolean[keep.length];
            } else {
                keep[weakest] = true;
            }
        }
    }

    /** Too small, or without an anchor in a graph that has anchors (without stereotypes, size alone counts). */
    static boolean isWeak(Layout layout, List<Integer> members, int minSize) {
        return members.size() < minSize || (layout.anchorsKnown() && !hasAnchor(layout, members));
    }

    static boolean hasAnchor(Layout layout, List<Integer> members) {
        return members.stream().anyMatch(v -> Roles.isAnchor(layout.facts.node(v)));
    }

    static boolean anyConstrained(Layout layout, List<Integer> members) {
        return members.stream().anyMatch(layout::constrained);
    }

    /** The cluster most connected to c that c may join, or -1. */
    static int bestNeighbour(Layout layout, int c, double[][] conn) {
        int best = -1;
        for (int d = 0; d < conn.length; d++) {
            if (d != c && conn[c][d] > 0 && (best < 0 || conn[c][d] > conn[c][best]) && layout.canJoin(c, d)) {
                best = d;
            }
        }
        return best;
    }
}
