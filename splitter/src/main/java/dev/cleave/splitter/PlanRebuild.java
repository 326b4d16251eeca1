package dev.cleave.splitter;

import dev.cleave.model.CodeGraph;
import dev.cleave.model.Plan;
import dev.cleave.model.Service;
import dev.cleave.model.Wiring;
import dev.cleave.splitter.internal.metrics.Adjacency;
import dev.cleave.splitter.internal.metrics.Placement;
import dev.cleave.splitter.internal.metrics.PlanState;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the placement of a {@link PlanState} back into a plan: services keep their name, port, settings and
 * owned tables; pins stay for the classes still in their service; classes the plan names but the graph lacks stay
 * where they were. Metrics and wiring are recomputed; the user's
 * local/remote switches stay where their edge does. O(V + E).
 */
final class PlanRebuild {
    private PlanRebuild() {
    }

    static Plan of(CodeGraph graph, Plan original, Adjacency adj, Placement placement, PlanState state) {
        int k = placement.services().size();
        List<List<String>> members = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            members.add(absent(adj, original.services().get(s).classes()));
        }
        List<String> shared = absent(adj, original.shared());
        List<String> unassigned = absent(adj, original.unassigned());
        for (int v = 0; v < adj.vertexCount(); v++) {
            int place = state.place(v);
            if (place >= 0) {
                members.get(place).add(adj.id(v));
            } else if (place == Placement.SHARED) {
                shared.add(adj.id(v));
            } else if (place == Placement.UNASSIGNED) {
                unassigned.add(adj.id(v));
            }
        }
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            Service before = original.services().get(s);
            List<String> classes = members.get(s);
            services.add(new Service(before.name(), classes,
                    before.pinned().stream().filter(classes::contains).toList(), before.tables(), before.port(),
                    before.settings()));
        }
        Plan plan = new Plan(original.schemaVersion(), original.graphFingerprint(), original.algorithm(),
                state.metrics(), services, shared, unassigned, List.of(), original.constraints());
        return plan.withWiring(Wiring.keepSwitches(original.wiring(), PlanScorer.wiring(graph, plan)));
    }

    /** The classes of a list that are not nodes of the graph (they cannot move). */
    private static List<String> absent(Adjacency adj, List<String> classes) {
        return new ArrayList<>(classes.stream().filter(c -> adj.vertex(c) < 0).toList());
    }
}
