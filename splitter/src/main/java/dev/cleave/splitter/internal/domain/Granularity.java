package dev.cleave.splitter.internal.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The smallest service worth running: a cluster with fewer than {@code minClasses} classes or fewer than
 * {@code minLines} lines, or made only of entry points (a lone controller or servlet), is no service of its own. It
 * merges into the cluster it is most tied to (the clustering graph's weight: references, table links and name
 * links), or, when it has no tie at all, into the cluster that has most classes in its packages; smallest first. A
 * cluster the user pinned a service to stays, and merging stops at {@code floor} clusters (the user's lower bound).
 * Sizes are counted with the cross-cutting classes that {@link Placement} would add. O((K + E) log K).
 */
final class Granularity {
    private Granularity() {
    }

    /**
     * @param estimate where each class of the (compact) layout would be once placed: the same clusters with the
     *                 cross-cutting classes added. Sizes are read from it; merges apply to the layout
     * @return whether a cluster was merged
     */
    static boolean mergeSmall(Layout layout, int[] estimate, int minClasses, int minLines, int floor) {
        ClusterLinks links = new ClusterLinks(layout);
        int k = links.size.length;
        int[] classes = new int[k];
        long[] lines = new long[k];
        int[] notEntry = new int[k];
        for (int v = 0; v < estimate.length; v++) {
            int c = estimate[v];
            if (c >= 0) {
                classes[c]++;
                lines[c] += layout.facts.node(v).lines();
                notEntry[c] += layout.facts.anchors().isEntryPoint(v) ? 0 : 1;
            }
        }
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[1] != b[1] ? Long.compare(a[1], b[1])
                : a[2] != b[2] ? Long.compare(a[2], b[2]) : Long.compare(a[0], b[0]));
        for (int c = 0; c < k; c++) {
            queue.add(new long[] {c, classes[c], lines[c]});
        }
        int live = k;
        boolean merged = false;
        while (!queue.isEmpty() && live > Math.max(1, floor)) {
            long[] head = queue.poll();
            int c = (int) head[0];
            boolean small = classes[c] < minClasses || lines[c] < minLines || notEntry[c] == 0;
            if (links.mergedInto[c] != c || classes[c] != head[1] || lines[c] != head[2] || links.pin[c] != null
                    || !small) {
                continue;
            }
            int into = links.bestNeighbour(c);
            into = into >= 0 ? into : byPackage(layout, estimate, links, c);
            if (into < 0) {
                continue;
            }
            links.merge(c, into);
            classes[into] += classes[c];
            lines[into] += lines[c];
            notEntry[into] += notEntry[c];
            classes[c] = 0;
            live--;
            merged = true;
            queue.add(new long[] {into, classes[into], lines[into]});
        }
        links.apply();
        layout.compact();
        return merged;
    }

    /** The live cluster, other than c, with most classes in the packages of c's classes; -1 when none. */
    private static int byPackage(Layout layout, int[] estimate, ClusterLinks links, int c) {
        Map<String, Integer> packages = new HashMap<>();
        for (int v = 0; v < estimate.length; v++) {
            if (estimate[v] >= 0 && links.root(estimate[v]) == c) {
                packages.merge(layout.facts.node(v).packageName(), 1, Integer::sum);
            }
        }
        int[] count = new int[links.size.length];
        for (int v = 0; v < estimate.length; v++) {
            if (estimate[v] >= 0 && packages.containsKey(layout.facts.node(v).packageName())) {
                count[links.root(estimate[v])]++;
            }
        }
        int best = -1;
        for (int d = 0; d < count.length; d++) {
            if (d != c && links.mergedInto[d] == d && count[d] > 0 && links.canJoin(c, d)
                    && (best < 0 || count[d] > count[best])) {
                best = d;
            }
        }
        return best;
    }
}
