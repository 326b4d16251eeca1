package org.example.library.ejb;

import java.time.LocalDate;
import java.util.List;

import org.example.library.model.Copy;
import org.example.library.model.Reservation;

/** Business interface of holds: the queue per title and the hold shelf. */
public interface ReservationFacade {

    Reservation placeHold(long memberId, long bookId);

    Reservation getReservation(long reservationId);

    List<Reservation> reservationsOf(long memberId);

    Reservation cancel(long reservationId);

    /** A copy came back: sets it aside for the first waiting hold of its title, or returns null. */
    Reservation copyReturned(Copy copy);

    Reservation findReadyHoldForCopy(long copyId);

    void markFulfilled(long reservationId);

    long countWaiting(long bookId);

    int expireUncollected(LocalDate today);
}
