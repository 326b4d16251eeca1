package dev.cleave.web.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The history of a project and its undo and redo stacks, rebuilt by replaying the history entries in order:
 * <ul>
 *   <li>edit: pushes "back to the previous version" on the undo stack (not for the first version) and clears
 *       the redo stack;</li>
 *   <li>undo: pops the undo stack (the new version has the plan of the popped step) and pushes "forward to the
 *       version before this undo" on the redo stack;</li>
 *   <li>redo: the mirror image.</li>
 * </ul>
 * Since only the kinds and labels matter, the stacks after a restart are those before it. Not thread-safe:
 * {@link PlanStore} guards it with the project lock.
 */
final class UndoStacks {
    /** Going back or forward means saving the plan of {@code version} again; {@code action} is the edit's label. */
    record Step(long version, String action) {
    }

    private final List<HistoryEntry> entries = new ArrayList<>();
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    /** The latest version, 0 when there is none. */
    long latest() {
        return entries.size();
    }

    HistoryEntry latestEntry() {
        return entries.get(entries.size() - 1);
    }

    List<HistoryEntry> entries() {
        return List.copyOf(entries);
    }

    Optional<Step> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    Optional<Step> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /**
     * Applies the next version.
     *
     * @throws IllegalArgumentException when it does not follow the latest version, or undoes (redoes) with
     *                                  nothing to undo (redo)
     */
    void apply(HistoryEntry entry) {
        long current = latest();
        if (entry.version() != current + 1) {
            throw new IllegalArgumentException("version " + entry.version() + " follows version " + current);
        }
        switch (entry.kind()) {
            case EDIT -> {
                if (current > 0) {
                    undo.push(new Step(current, entry.action()));
                }
                redo.clear();
            }
            case UNDO -> redo.push(new Step(current, pop(undo, entry).action()));
            case REDO -> undo.push(new Step(current, pop(redo, entry).action()));
        }
        entries.add(entry);
    }

    private static Step pop(Deque<Step> stack, HistoryEntry entry) {
        if (stack.isEmpty()) {
            throw new IllegalArgumentException("version " + entry.version() + " is an " + entry.kind()
                    + " with nothing to " + entry.kind());
        }
        return stack.pop();
    }
}
