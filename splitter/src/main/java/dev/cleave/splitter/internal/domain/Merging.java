package dev.cleave.splitter.internal.domain;

import java.util.PriorityQueue;

/**
 * Merges clusters that cannot stand as a service: those smaller than a minimum size, and those without an anchor
 * (no entry point, no entity) in a graph that has anchors, each into the neighbour it is most connected to,
 * smallest first. A cluster the user pinned a service to stays. An anchorless cluster tied to no other cluster is
 * left to {@link Placement}. O((K + E) log K).
 */
final class Merging {
    private Merging() {
    }

    static void mergeWeak(Layout layout, int minSize) {
        layout.compact();
        ClusterLinks links = new ClusterLinks(layout);
        boolean anchors = layout.anchorsKnown();
        PriorityQueue<int[]> queue = new PriorityQueue<>((a, b) -> a[1] != b[1] ? a[1] - b[1] : a[0] - b[0]);
        for (int c = 0; c < links.size.length; c++) {
            queue.add(new int[] {c, links.size[c]});
        }
        boolean[] toShared = new boolean[links.size.length];
        while (!queue.isEmpty()) {
            int[] head = queue.poll();
            int c = head[0];
            if (links.mergedInto[c] != c || links.size[c] != head[1] || toShared[c] || links.pin[c] != null
                    || !(links.size[c] < minSize || (anchors && !links.anchored[c]))) {
                continue;
            }
            int into = links.bestNeighbour(c);
            if (into >= 0) {
                links.merge(c, into);
                queue.add(new int[] {into, links.size[into]});
            } else if (anchors && !links.anchored[c] && links.apart.get(c).isEmpty()) {
                toShared[c] = true;
            }
        }
        links.apply();
        for (int v = 0; v < layout.place.length; v++) {
            if (layout.place[v] >= 0 && toShared[layout.place[v]] && !layout.constrained(v)) {
                layout.place[v] = Layout.PENDING;
            }
        }
        layout.compact();
    }
}
