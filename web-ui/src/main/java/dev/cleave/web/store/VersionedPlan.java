package dev.cleave.web.store;

import dev.cleave.model.Plan;

import java.util.Objects;

/**
 * A saved version of a project's plan, as the wizard shows it.
 *
 * @param version  the version number: 1 for the first save, +1 for every save, undo and redo; pass it back as
 *                 {@code expectedVersion} on the next change
 * @param plan     the plan of this version (the content of {@code plan.json})
 * @param action   what made this version, e.g. "move com.x.Foo to billing" or "undo move com.x.Foo to billing"
 * @param canUndo  whether {@link PlanStore#undo} has an edit to take back
 * @param canRedo  whether {@link PlanStore#redo} has an undone edit to re-apply
 */
public record VersionedPlan(long version, Plan plan, String action, boolean canUndo, boolean canRedo) {
    public VersionedPlan {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more: " + version);
        }
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(action, "action");
    }
}
