package org.example.library.model;

/** Life cycle of a hold: WAITING in the queue, READY on the pickup shelf, then FULFILLED, CANCELLED or EXPIRED. */
public enum ReservationStatus {
    WAITING, READY, FULFILLED, CANCELLED, EXPIRED;

    public boolean isOpen() {
        return this == WAITING || this == READY;
    }
}
