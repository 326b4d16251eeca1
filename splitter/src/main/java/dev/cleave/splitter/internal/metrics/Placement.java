package dev.cleave.splitter.internal.metrics;

import dev.cleave.model.Plan;
import dev.cleave.model.Service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a plan puts each class of a graph: a service index (the plan's services in order), {@link #SHARED},
 * {@link #UNASSIGNED} or {@link #NOWHERE} (a graph class the plan does not mention). Classes the plan names but
 * the graph lacks are ignored here (the CI gate reports them).
 *
 * @param services service names, index = service index
 * @param places   place of each vertex of the adjacency
 */
public record Placement(List<String> services, int[] places) {
    public static final int NOWHERE = -1;
    public static final int SHARED = -2;
    public static final int UNASSIGNED = -3;

    /** @throws IllegalArgumentException when a class is in two places of the plan */
    public static Placement of(Adjacency adj, Plan plan) {
        int[] places = new int[adj.vertexCount()];
        Arrays.fill(places, NOWHERE);
        Map<String, String> seen = new HashMap<>();
        List<Service> services = plan.services();
        for (int s = 0; s < services.size(); s++) {
            put(adj, places, seen, services.get(s).classes(), s, "service " + services.get(s).name());
        }
        put(adj, places, seen, plan.shared(), SHARED, "shared");
        put(adj, places, seen, plan.unassigned(), UNASSIGNED, "unassigned");
        return new Placement(services.stream().map(Service::name).toList(), places);
    }

    private static void put(Adjacency adj, int[] places, Map<String, String> seen, List<String> classes, int place,
                            String where) {
        for (String cls : classes) {
            String before = seen.put(cls, where);
            if (before != null) {
                throw new IllegalArgumentException("class " + cls + " is in two places of the plan (" + before
                        + " and " + where + "): keep each class in one place");
            }
            int v = adj.vertex(cls);
            if (v >= 0) {
                places[v] = place;
            }
        }
    }

    /** Index of a service name, or -1. */
    public int service(String name) {
        return services.indexOf(name);
    }

    /** A fresh state with every class in its place. */
    public PlanState state(Adjacency adj) {
        return new PlanState(adj, services.size(), places);
    }
}
