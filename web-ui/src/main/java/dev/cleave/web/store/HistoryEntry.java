package dev.cleave.web.store;

import java.util.Locale;
import java.util.Objects;

/**
 * One version in a project's history (the header of {@code history/NNNNNN.json}).
 *
 * @param version  the version number, 1, 2, 3... without gaps
 * @param action   what the user did, e.g. "move com.x.Foo to billing"; undo and redo repeat the label of the edit
 *                 they take back or re-apply ("undo move com.x.Foo to billing")
 * @param kind     edit, undo or redo
 * @param madeFrom the version that was current when this one was saved ({@code version - 1}; 0 for the first)
 */
public record HistoryEntry(long version, String action, Kind kind, long madeFrom) {

    /** How a version was made. */
    public enum Kind {
        /** A change by the user, or a plan.json imported from outside the wizard. */
        EDIT,
        /** Restores the plan from before the latest edit not yet undone. */
        UNDO,
        /** Re-applies the latest undone edit. */
        REDO;

        /** The lower-case name used in history files: edit, undo, redo. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind parse(String text) {
            return valueOf(text.toUpperCase(Locale.ROOT));
        }
    }

    public HistoryEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(kind, "kind");
        if (version < 1 || madeFrom != version - 1) {
            throw new IllegalArgumentException("version " + version + " cannot be made from version " + madeFrom);
        }
    }
}
