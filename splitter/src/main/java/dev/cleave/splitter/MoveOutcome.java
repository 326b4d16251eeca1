package dev.cleave.splitter;

import dev.cleave.model.Plan;
import dev.cleave.model.PlanMetrics;

import java.util.List;
import java.util.Map;

/**
 * What a what-if move did (or would do) to a plan's metrics.
 *
 * @param classes   the classes moved, as given
 * @param toService where they went: a service name, or {@link Plan#SHARED}
 * @param from      where each class was before: a service name, {@link Plan#SHARED},
 *                  {@link Plan#UNASSIGNED} or {@code ""} when the plan did not place it; sorted by class
 * @param before    metrics before the move
 * @param after     metrics after the move
 */
public record MoveOutcome(List<String> classes, String toService, Map<String, String> from, PlanMetrics before,
                          PlanMetrics after) {
    public MoveOutcome {
        classes = List.copyOf(classes);
        from = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(from));
    }

    /** after − before for every metric (a positive SM or Q delta is an improvement; for ICP, IFN, NED a drop is). */
    public PlanMetrics delta() {
        return difference(before, after);
    }

    static PlanMetrics difference(PlanMetrics before, PlanMetrics after) {
        return new PlanMetrics(after.services() - before.services(), after.classes() - before.classes(),
                after.sm() - before.sm(), after.icp() - before.icp(), after.ifn() - before.ifn(),
                after.ned() - before.ned(), after.modularity() - before.modularity(),
                after.tableOwnership() - before.tableOwnership(), after.crossEdges() - before.crossEdges(),
                after.remoteOps() - before.remoteOps(),
                after.crossTransactionalCalls() - before.crossTransactionalCalls());
    }
}
