package org.example.library.model;

/** Where a physical copy is. Stored by name in {@code book_copy.status}. */
public enum CopyStatus {
    AVAILABLE, ON_LOAN, ON_HOLD, LOST, WITHDRAWN;

    public boolean isCirculating() {
        return this == AVAILABLE || this == ON_LOAN || this == ON_HOLD;
    }
}
