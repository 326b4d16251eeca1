package dev.cleave.splitter.internal.domain;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A re-split in place of a previous plan: a pin names a service of that plan, and the previous plan says which
 * classes that service is. So a cluster without a pin whose classes were mostly in service S before joins the
 * cluster pinned to S (unless a keep-apart group forbids it): the user who pinned one class to {@code customer}
 * and moved another there by hand still has one {@code customer} service after the re-split. O(V + K).
 */
final class Continuity {
    private Continuity() {
    }

    static void join(Layout layout, Plan previous) {
        if (previous == null) {
            return;
        }
        layout.compact();
        ClusterLinks links = new ClusterLinks(layout);
        int k = links.size.length;
        Map<String, Integer> pinned = new HashMap<>();
        for (int c = 0; c < k; c++) {
            if (links.pin[c] != null) {
                pinned.putIfAbsent(links.pin[c], c);
            }
        }
        if (pinned.isEmpty()) {
            return;
        }
        int[] before = mostOverlapping(layout, previous, k);
        List<Service> services = previous.services();
        for (int c = 0; c < k; c++) {
            Integer into = before[c] >= 0 ? pinned.get(services.get(before[c]).name()) : null;
            if (links.pin[c] == null && into != null && links.canJoin(c, links.root(into))) {
                links.merge(c, links.root(into));
            }
        }
        links.apply();
        layout.compact();
    }

    /** For each cluster, the previous service holding most of its classes (the first by name on a tie), or -1. */
    private static int[] mostOverlapping(Layout layout, Plan previous, int k) {
        Map<String, Integer> serviceOf = new HashMap<>();
        List<Service> services = previous.services();
        for (int s = 0; s < services.size(); s++) {
            for (String cls : services.get(s).classes()) {
                serviceOf.put(cls, s);
            }
        }
        int[][] overlap = new int[k][services.size()];
        for (int v = 0; v < layout.place.length; v++) {
            Integer s = layout.place[v] >= 0 ? serviceOf.get(layout.facts.id(v)) : null;
            if (s != null) {
                overlap[layout.place[v]][s]++;
            }
        }
        int[] best = new int[k];
        for (int c = 0; c < k; c++) {
            best[c] = -1;
            for (int s = 0; s < services.size(); s++) {
                if (overlap[c][s] > 0 && (best[c] < 0 || overlap[c][s] > overlap[c][best[c]]
                        || (overlap[c][s] == overlap[c][best[c]]
                        && services.get(s).name().compareTo(services.get(best[c]).name()) < 0))) {
                    best[c] = s;
                }
            }
        }
        return best;
    }
}
